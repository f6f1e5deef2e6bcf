import type { RegisteredClient } from '../../storage/types.js';

/**
 * An /authorize request as the checks fill it in. The first two checks (client, redirect URI) decide
 * whether errors may be redirected; every later one may redirect its error to `redirectUri`.
 */
export interface AuthorizeRequest {
  params: URLSearchParams;
  client?: RegisteredClient;
  redirectUri?: string;
  /** The client's state, echoed on every redirect, errors included. */
  state?: string;
  codeChallenge?: string;
  scopes?: string[];
  resource?: string;
}

/** The fields the later steps rely on, once every check has passed. */
export type CheckedAuthorizeRequest = Required<Omit<AuthorizeRequest, 'state'>> & { state: string | null };
