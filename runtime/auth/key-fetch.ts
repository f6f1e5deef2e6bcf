/**
 * How the incoming issuer's discovery document and signing keys are fetched: the guarded client
 * (../http/guarded-client.ts) with the incoming OIDC config's rules and the runtime's error codes
 * (VMCP_SSRF_REFUSED, VMCP_INSECURE_URL, VMCP_FETCH_FAILED), a 5 s timeout, a 1 MiB cap and the config's
 * extra CAs.
 */
import { VmcpError } from '../../common/errors.js';
import { checkKeyUrl, privateAddress } from '../../common/key-source.js';
import { RuntimeError } from '../errors.js';
import { createGuardedClient, type GuardedFetch } from '../http/guarded-client.js';

export interface GuardOptions {
  allowPrivateIp: boolean;
  /** Allow http:// URLs on hosts that are not loopback (development and tests); loopback may always use http. */
  insecureAllowHttp: boolean;
  /** PEM file of extra CAs, added to Node's roots. Read once, when the fetcher is created. */
  caBundlePath?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface KeyFetcher {
  /** Refuses what checkUrl refuses before any request; network failures become VMCP_FETCH_FAILED. */
  fetch: GuardedFetch;
  close(): Promise<void>;
}

export function createKeyFetcher(opts: GuardOptions): KeyFetcher {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const client = createGuardedClient({
    refuse: refused,
    allowPrivateIp: opts.allowPrivateIp,
    caBundlePath: opts.caBundlePath ?? null,
    timeoutMs: opts.timeoutMs ?? 5000,
    maxBytes,
    tooLarge: () => new RuntimeError('VMCP_FETCH_FAILED', `a document larger than ${maxBytes} bytes`),
  });
  const fetch: GuardedFetch = async (url, init) => {
    const target = checkUrl(String(url), opts);
    try {
      return await client.fetch(target, init);
    } catch (e) {
      if (e instanceof VmcpError) throw e;
      throw new RuntimeError('VMCP_FETCH_FAILED', `GET ${target.origin}${target.pathname} failed: ${causeText(e)}`);
    }
  };
  return { fetch, close: () => client.close() };
}

/** The checks that need no network (common/key-source.ts), as a RuntimeError. */
export function checkUrl(url: string, opts: GuardOptions): URL {
  const r = checkKeyUrl(url, opts);
  if (r instanceof URL) return r;
  throw new RuntimeError(r.code, r.message);
}

const refused = (host: string, address: string): RuntimeError => {
  const p = privateAddress(host, address);
  return new RuntimeError(p.code, p.message);
};

function causeText(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as { code?: string }).code ?? (e as Error).message;
}
