/**
 * GETs small JSON documents (OIDC discovery, JWKS) with an SSRF guard. The guard checks every address the
 * host name resolves to, inside the connection's own DNS lookup, so the address checked is the address
 * connected to (no window for DNS rebinding between check and connect). IP literals skip DNS, so they are
 * checked before the request.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { Agent, request } from 'undici';
import { isLoopbackHost } from '../../common/loopback.js';
import { RuntimeError } from '../errors.js';
import { isNonPublicAddress } from './address-policy.js';
import { guardedLookup } from './guarded-lookup.js';

export interface GuardOptions {
  allowPrivateIp: boolean;
  /** Allow http:// URLs on hosts that are not loopback (development and tests); loopback may always use http. */
  insecureAllowHttp: boolean;
  /** PEM file of extra CAs, added to Node's roots. Read once, when the fetcher is created. */
  caBundlePath?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
}

export type FetchJson = (url: string) => Promise<unknown>;

export interface GuardedFetcher {
  fetchJson: FetchJson;
  close(): Promise<void>;
}

export function createGuardedFetcher(opts: GuardOptions): GuardedFetcher {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const ca = opts.caBundlePath ? [...rootCertificates, readCaBundle(opts.caBundlePath)] : undefined;
  const agent = new Agent({
    connect: { ...(ca ? { ca } : {}), ...(opts.allowPrivateIp ? {} : { lookup: guardedLookup(refused) }), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function fetchJson(url: string): Promise<unknown> {
    const target = checkUrl(url, opts);
    let res;
    try {
      // undici's request never follows redirects, so a redirect cannot lead the fetch past the guard's scheme check.
      res = await request(target, { method: 'GET', dispatcher: agent, headers: { accept: 'application/json' } });
    } catch (e) {
      throw refusalIn(e) ?? new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname} failed: ${causeText(e)}`);
    }
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname} answered HTTP ${res.statusCode}`);
    }
    const length = Number(res.headers['content-length'] ?? 0);
    if (length > maxBytes) {
      await res.body.dump();
      throw new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname}: document larger than ${maxBytes} bytes`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname}: document larger than ${maxBytes} bytes`);
      chunks.push(chunk as Buffer);
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      throw new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname}: the answer is not JSON`);
    }
  }
  return { fetchJson, close: () => agent.close() };
}

/**
 * The checks that need no network: scheme, and the address when the host is an IP literal. Throws RuntimeError.
 *
 * Plain http is allowed on loopback without insecureAllowHttp, as ToolHive's issuer checks allow it
 * (pkg/networking/utilities.go ValidateIssuerURL and validateEndpointURLWithSkip: "except localhost"), with
 * the same loopback definition as the compiler (common/loopback.ts), so `validate` and `serve` agree.
 * The scheme is all this relaxes. Whether loopback may be reached at all is the SSRF guard's question, and
 * there ToolHive is strict: its token validator dials through WithPrivateIPs(jwksAllowPrivateIp ||
 * protectedResourceAllowPrivateIp) (pkg/auth/token.go NewTokenValidator), whose blocked ranges include
 * 127.0.0.0/8 and ::1 (pkg/networking/utilities.go privateIPBlocks). So a loopback issuer still needs
 * jwksAllowPrivateIp here: refused at start for an IP literal, at connect time for a name.
 */
export function checkUrl(url: string, opts: GuardOptions): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RuntimeError('VMCP_FETCH_FAILED', `not a URL: ${url}`);
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (opts.insecureAllowHttp || isLoopbackHost(u.hostname)))) {
    throw new RuntimeError('VMCP_INSECURE_URL', `${u.origin}: only https is allowed off loopback; set insecureAllowHttp for development`);
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivateIp && isIP(host) !== 0 && isNonPublicAddress(host)) throw refused(u.hostname, host);
  return u;
}

const refused = (host: string, address: string): RuntimeError =>
  new RuntimeError(
    'VMCP_SSRF_REFUSED',
    `refused to fetch from ${host}: ${address} is not a globally reachable address (private, loopback, link-local or another special-purpose block); set jwksAllowPrivateIp to allow it`,
  );

function refusalIn(e: unknown): RuntimeError | null {
  for (let cur = e as { cause?: unknown } | undefined, i = 0; cur && i < 5; cur = cur.cause as typeof cur, i++) {
    if (cur instanceof RuntimeError) return cur;
  }
  return null;
}

function causeText(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as { code?: string }).code ?? (e as Error).message;
}

function readCaBundle(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new RuntimeError('VMCP_FETCH_FAILED', `cannot read caBundlePath ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}
