/** Liveness (/health, /ping) and readiness (/readyz). Backends come from the plan, so vmcp is "static". */
import type { RouteHandler } from '../contract.js';
import { allowRead, sendJson } from '../http/respond.js';

export const health: RouteHandler = (req, res) => {
  if (allowRead(req.method, res)) sendJson(res, 200, { status: 'ok' });
};

export const readyz: RouteHandler = (req, res) => {
  if (allowRead(req.method, res)) sendJson(res, 200, { status: 'ready', mode: 'static' });
};
