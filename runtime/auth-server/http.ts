import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http/respond.js';

/**
 * The AS endpoints are called by browser-based MCP clients (inspectors, web IDEs) from other origins. None
 * of them use cookies or ambient credentials, so any origin may read them; credentials are never allowed.
 */
export function setCors(res: ServerResponse, methods: string): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', methods);
  res.setHeader('Access-Control-Allow-Headers', '*');
  res.setHeader('Access-Control-Max-Age', '86400');
}

/** 204 for a CORS preflight, 405 with Allow for a method the endpoint does not take; true when handled. */
export function refuseMethod(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const method = req.method ?? 'GET';
  if (allowed.includes(method)) return false;
  const allow = [...allowed, 'OPTIONS'].join(', ');
  if (method === 'OPTIONS') {
    setCors(res, allow);
    res.writeHead(204, { Allow: allow, 'Content-Length': '0' });
    res.end();
    return true;
  }
  setCors(res, allow);
  sendJson(res, 405, { error: 'invalid_request', error_description: `use ${allowed.join(' or ')}` }, { Allow: allow, 'Cache-Control': 'no-store' });
  return true;
}
