/**
 * The one HTTP client for URLs that a config, a discovery document or a caller names (the incoming
 * issuer's keys, upstream IdPs, client_id metadata documents), with the SSRF guard: unless the caller
 * allows private addresses, it refuses to connect to an address that is not globally reachable
 * (common/address-policy.ts). Host names are checked inside the connection's own DNS lookup (guarded-lookup.ts),
 * so the address checked is the address connected to; IP literals skip DNS, so they are checked before
 * the request. It never follows a redirect (a Location could name an IP literal the lookup never sees).
 *
 * fetch-shaped (a WHATWG Response), because jose and oauth4webapi take a fetch. Each caller keeps its own
 * error type and code: `refuse` builds the refusal, `tooLarge` the size error, and whatever of ours fetch
 * wraps in a `cause` (the lookup's refusal) is handed back unwrapped.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { VmcpError } from '../../common/errors.js';
import { RuntimeError } from '../errors.js';
import { isNonPublicAddress } from '../../common/address-policy.js';
import { guardedLookup } from './guarded-lookup.js';

/** The part of fetch that jose, oauth4webapi and our own callers use. */
export type GuardedFetch = (
  url: string | URL,
  init?: { method?: string; headers?: Record<string, string> | Headers; body?: unknown; redirect?: RequestRedirect; signal?: AbortSignal | null },
) => Promise<Response>;

export interface GuardedClientOptions {
  /** The error for a host that is, or resolves to, an address that is not globally reachable. */
  refuse: (host: string, address: string) => Error;
  /** The plan allows private addresses: no address is checked. */
  allowPrivateIp?: boolean;
  /** URLs this caller may reach whatever their address (a loopback upstream in development). */
  exempt?: (url: URL) => boolean;
  /** PEM file of extra CAs, added to Node's roots. Read once, here; an unreadable file throws VMCP_FETCH_FAILED. */
  caBundlePath?: string | null;
  /** Connect, headers and body timeouts (each restarts on progress; a caller's signal bounds the whole exchange). */
  timeoutMs?: number;
  /** Bodies larger than this fail, declared or as they arrive, with `tooLarge()`. */
  maxBytes?: number;
  tooLarge?: () => Error;
  /**
   * Close the connection after each answer: a kept-alive socket per origin a stranger names would outlive
   * the caller's own limits on fetches in flight.
   */
  closeConnections?: boolean;
}

export interface GuardedClient {
  fetch: GuardedFetch;
  close(): Promise<void>;
}

export function createGuardedClient(o: GuardedClientOptions): GuardedClient {
  const ca = o.caBundlePath ? [...rootCertificates, readCaBundle(o.caBundlePath)] : undefined;
  const timeouts = o.timeoutMs === undefined ? {} : { headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs };
  const agent = (guarded: boolean) =>
    new Agent({ connect: { ...(ca ? { ca } : {}), ...(guarded ? { lookup: guardedLookup(o.refuse) } : {}), ...(o.timeoutMs === undefined ? {} : { timeout: o.timeoutMs }) }, ...timeouts });
  const open = agent(!o.allowPrivateIp);
  const exempted = o.exempt && !o.allowPrivateIp ? agent(false) : open;

  const fetch: GuardedFetch = async (url, init = {}) => {
    const u = new URL(url);
    const exempt = o.exempt?.(u) === true;
    if (!o.allowPrivateIp && !exempt) {
      const host = u.hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) !== 0 && isNonPublicAddress(host)) throw o.refuse(u.hostname, host);
    }
    const headers = new Headers(init.headers);
    if (o.closeConnections) headers.set('connection', 'close');
    let res: Response;
    try {
      // undici's own fetch, because only it takes an undici dispatcher; its Response is the same class in all but name.
      res = (await undiciFetch(u, {
        ...(init as UndiciRequestInit),
        headers: Object.fromEntries(headers),
        redirect: init.redirect === 'error' ? 'error' : 'manual',
        dispatcher: exempt ? exempted : open,
      })) as unknown as Response;
    } catch (e) {
      throw oursIn(e) ?? e;
    }
    return o.maxBytes === undefined ? res : capped(res, o.maxBytes, o.tooLarge ?? (() => new RuntimeError('VMCP_FETCH_FAILED', `the answer is larger than ${o.maxBytes} bytes`)));
  };
  const close = async () => {
    await Promise.all([open.close(), exempted === open ? undefined : exempted.close()]);
  };
  return { fetch, close };
}

/**
 * The response with a body that fails once more than `maxBytes` have arrived, or at the first read when
 * the declared length is already larger. Only reading fails, so a caller still judges the status first
 * (an error page larger than the cap is reported as its status, not its size).
 */
function capped(res: Response, maxBytes: number, tooLarge: () => Error): Response {
  if (res.body === null) return res;
  const declared = Number(res.headers.get('content-length') ?? 0);
  let size = 0;
  const body = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start(out) {
        if (declared > maxBytes) out.error(tooLarge());
      },
      transform(chunk, out) {
        size += chunk.byteLength;
        if (size > maxBytes) out.error(tooLarge());
        else out.enqueue(chunk);
      },
    }),
  );
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

/** fetch wraps what a connection hook threw (the lookup's refusal) in `cause`: the caller gets its own error back. */
function oursIn(e: unknown): VmcpError | null {
  for (let cur = e as { cause?: unknown } | undefined, i = 0; cur && i < 5; cur = cur.cause as typeof cur, i++) {
    if (cur instanceof VmcpError) return cur;
  }
  return null;
}

function readCaBundle(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new RuntimeError('VMCP_FETCH_FAILED', `cannot read caBundlePath ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}
