/**
 * The one interface every outgoing auth strategy implements: the headers to send to a backend for a caller.
 * A strategy never sees the incoming request, so the client's token reaches a backend only when a strategy
 * deliberately reads it from the identity (token_exchange uses it as the subject token, and sends the result).
 */
import type { Identity } from '../contract.js';

export interface OutgoingStrategy {
  readonly type: string;
  /**
   * True when the headers depend on the caller: backend connections are then kept per subject, so one
   * user's credentials never ride on a session another user opened.
   */
  readonly perIdentity: boolean;
  /** Throws an OutgoingAuthError when no credentials can be produced for this caller. */
  headers(identity: Identity | null): Promise<Record<string, string>>;
}
