/** The OAuth flows of the embedded authorization server: see README.md for the pieces and the wiring. */
export { createOAuthFlow, DEFAULT_REFRESH_GRACE_MS, type OAuthFlow, type OAuthFlowOptions } from './create.js';
export { oauthFlowEndpoints, type FlowEndpointsOptions } from './endpoints.js';
export { FlowError, type FlowErrorCode } from './errors.js';
export { keySigner, type TokenSigner } from './signer.js';
export { createUpstreamClients, type UpstreamClientsOptions } from './upstream/index.js';
export type { UpstreamClient } from './upstream/types.js';
