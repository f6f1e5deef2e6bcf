/**
 * The subject of an `oauth2` upstream that has neither userinfo nor identity_from_token, computed as
 * ToolHive computes it (pkg/authserver/upstream/oauth2.go synthesizeSubjectFromAccessToken): "tk-" and the
 * lowercase hex of the first 16 bytes of SHA-256 over the access token. It names the token, not the user:
 * a new access token (the next sign-in) gives a new subject.
 * The access token is never empty here: readTokenResponse refuses a response without one, which matters
 * because the hash of "" would give every such user the same subject.
 */
import { createHash } from 'node:crypto';

export const SYNTHESIZED_SUBJECT_PREFIX = 'tk-';

export function synthesizedSubject(accessToken: string): string {
  return SYNTHESIZED_SUBJECT_PREFIX + createHash('sha256').update(accessToken, 'utf8').digest().subarray(0, 16).toString('hex');
}
