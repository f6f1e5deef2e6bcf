import { lookUpClient } from '../look-up-client.js';
import { required } from '../http-io.js';
import type { FlowDeps } from '../deps.js';
import type { AuthorizeRequest } from './request.js';

/** The client must be registered or publish a metadata document. Unknown clients get no redirect: their redirect URI cannot be trusted. */
export async function checkClient(r: AuthorizeRequest, d: FlowDeps): Promise<void> {
  r.client = await lookUpClient(d, required(r.params, 'client_id'), 'authorize');
}
