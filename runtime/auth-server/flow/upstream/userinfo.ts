import { FlowError } from '../errors.js';
import type { UpstreamFetch } from './http-client.js';
import { identityValue } from './json-path.js';

const MAX_USERINFO_BYTES = 1024 * 1024;

export interface UserinfoConfig {
  endpoint: URL;
  httpMethod: 'GET' | 'POST';
  additionalHeaders: Readonly<Record<string, string | undefined>>;
  subjectFields: readonly string[];
}

/**
 * The subject from an OAuth 2.0 provider's user endpoint (GitHub's /user and the like): the first of the
 * configured fields that holds a value. Plain fetch rather than oauth4webapi's userinfo helpers, which
 * insist on an OIDC `sub` that these endpoints do not have.
 */
export async function subjectFromUserinfo(name: string, cfg: UserinfoConfig, accessToken: string, http: { fetch: UpstreamFetch; timeoutMs: number }): Promise<string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [k, v] of Object.entries(cfg.additionalHeaders)) if (v !== undefined) headers[k.toLowerCase()] = v;
  headers.authorization = `Bearer ${accessToken}`;
  const res = await http.fetch(cfg.endpoint, { method: cfg.httpMethod, headers, redirect: 'error', signal: AbortSignal.timeout(http.timeoutMs) });
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new FlowError('AS_UPSTREAM_REFUSED', `upstream ${name}: the userinfo endpoint answered HTTP ${res.status}`);
  }
  if (Number(res.headers.get('content-length') ?? 0) > MAX_USERINFO_BYTES) {
    await res.body?.cancel();
    throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the userinfo answer is larger than ${MAX_USERINFO_BYTES} bytes`);
  }
  const text = await res.text();
  if (text.length > MAX_USERINFO_BYTES) throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the userinfo answer is larger than ${MAX_USERINFO_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the userinfo answer is not JSON`);
  }
  for (const field of cfg.subjectFields) {
    const v = body !== null && typeof body === 'object' ? identityValue((body as Record<string, unknown>)[field]) : null;
    if (v !== null) return v;
  }
  throw new FlowError('AS_UPSTREAM_INVALID', `upstream ${name}: the userinfo answer has none of the subject fields ${cfg.subjectFields.join(', ')}`);
}
