import { isLoopbackAddress } from '../../../common/loopback.js';
import { ClientMetadataError } from './errors.js';

const MAX_LENGTH = 2048;

/**
 * Whether a client_id names a metadata document rather than a registration. Our registrations have
 * UUIDs, which never start with a scheme, so every http(s) client_id is a document and is held to the
 * draft's rules: one that breaks them is refused, not looked up in storage.
 */
export const isClientIdUrl = (clientId: string): boolean => /^https?:/i.test(clientId);

/**
 * draft-ietf-oauth-client-id-metadata-document-00 section 3: https, a path, no fragment, no user
 * information, no dot segments. The raw string must also be the URL parser's own spelling of it: the
 * parser silently drops dot segments (even `%2e`), default ports and case, so a non-canonical client_id
 * would fetch a document other than the one its string names.
 * `allowHttpLoopback` (development and tests) also accepts http:// on a loopback IP literal.
 */
export function parseClientIdUrl(clientId: string, allowHttpLoopback: boolean): URL {
  const refuse = (rule: string) => new ClientMetadataError('CIMD_URL_INVALID', `the client_id URL ${rule}`);
  if (clientId.length > MAX_LENGTH) throw refuse(`must be at most ${MAX_LENGTH} characters`);
  if (clientId.includes('#')) throw refuse('must not contain a fragment');
  let url: URL;
  try {
    url = new URL(clientId);
  } catch {
    throw refuse('is not a valid URL');
  }
  if (url.protocol === 'http:') {
    if (!allowHttpLoopback) throw new ClientMetadataError('CIMD_INSECURE_URL', 'the client_id URL must use https');
    // A loopback IP literal only: a name (localhost) would need DNS, whose answer is not the URL's to promise.
    if (!isLoopbackAddress(url.hostname)) throw new ClientMetadataError('CIMD_INSECURE_URL', 'an http client_id URL is allowed only on a loopback IP address (127.0.0.1, [::1]); use https');
  } else if (url.protocol !== 'https:') {
    throw refuse('must use https');
  }
  if (url.username !== '' || url.password !== '') throw refuse('must not contain user information');
  const canonical = () => refuse(`must be written in canonical form (${url.href.length > 200 ? 'as the URL parser writes it' : url.href})`);
  const raw = /^[a-z]+:\/\/[^/?]*(\/[^?]*)?/i.exec(clientId);
  if (raw === null) throw canonical();
  const rawPath = raw[1] ?? '';
  if (rawPath === '' || rawPath === '/') throw refuse('must have a path (for example /client-metadata.json)');
  if (rawPath.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s))) throw refuse('must not contain "." or ".." path segments');
  if (url.href !== clientId) throw canonical();
  return url;
}
