/**
 * What vmcp sends a backend must be sendable: JSON text for the message, valid field values for the
 * headers. Checked here, before anything leaves, so that a value that is not (nesting beyond the stack,
 * BigInt, a cycle; a credential with CR or LF) is a LocalRequestError for that caller, never a failure
 * counted against the backend, whose health and circuit breaker everyone shares.
 */
import { LocalRequestError } from './errors.js';

export function encodeJson(value: unknown, backend: string): string {
  try {
    return JSON.stringify(value);
  } catch {
    throw new LocalRequestError(
      'VMCP_REQUEST_UNSERIALIZABLE',
      backend,
      `the request for backend "${backend}" cannot be sent: its params have no JSON form (nested too deeply, or not plain JSON data)`,
    );
  }
}

/** RFC 9110 field values: visible characters, spaces and tabs; never CR, LF or NUL. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The headers as given; names the header, never its value (it is a credential). */
export function checkHeaders(headers: Record<string, string>, backend: string): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (!FIELD_VALUE.test(value)) {
      throw new LocalRequestError('VMCP_REQUEST_HEADER_INVALID', backend, `the outgoing credentials for backend "${backend}" are not a valid HTTP header value (${name})`);
    }
  }
  return headers;
}
