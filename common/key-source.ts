/**
 * Where the incoming OIDC auth fetches signing keys from (the explicit JWKS URL, else the issuer's
 * discovery), and what is wrong with that URL without any network: the runtime refuses it at start
 * (runtime/auth/key-fetch.ts) and the compiler reports it (compiler/serve-checks.ts), in the same words.
 *
 * Plain http is allowed on loopback without insecureAllowHttp, as ToolHive's issuer checks allow it
 * (pkg/networking/utilities.go ValidateIssuerURL and validateEndpointURLWithSkip: "except localhost").
 * The scheme is all this relaxes. Whether loopback may be reached at all is the SSRF guard's question, and
 * there ToolHive is strict: its token validator dials through WithPrivateIPs(jwksAllowPrivateIp ||
 * protectedResourceAllowPrivateIp) (pkg/auth/token.go NewTokenValidator), whose blocked ranges include
 * 127.0.0.0/8 and ::1 (pkg/networking/utilities.go privateIPBlocks). So a loopback issuer still needs
 * jwksAllowPrivateIp: refused at start for an IP literal, at connect time for a name.
 */
import { isIP } from 'node:net';
import { isNonPublicAddress } from './address-policy.js';
import { isLoopbackHost } from './loopback.js';

export interface UrlRules {
  allowPrivateIp: boolean;
  /** Allow http:// URLs on hosts that are not loopback (development and tests); loopback may always use http. */
  insecureAllowHttp: boolean;
}

export type UrlProblemCode = 'VMCP_FETCH_FAILED' | 'VMCP_INSECURE_URL' | 'VMCP_SSRF_REFUSED';

export interface UrlProblem {
  code: UrlProblemCode;
  message: string;
}

/** The parsed URL, or why a key fetch may not go there (checked before any request). */
export function checkKeyUrl(url: string, rules: UrlRules): URL | UrlProblem {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { code: 'VMCP_FETCH_FAILED', message: `not a URL: ${url}` };
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (rules.insecureAllowHttp || isLoopbackHost(u.hostname)))) {
    return { code: 'VMCP_INSECURE_URL', message: `${u.origin}: only https is allowed off loopback; set insecureAllowHttp for development` };
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!rules.allowPrivateIp && isIP(host) !== 0 && isNonPublicAddress(host)) return privateAddress(u.hostname, host);
  return u;
}

/** The refusal of an address that is not globally reachable, found on a literal or at connect time. */
export const privateAddress = (host: string, address: string): UrlProblem => ({
  code: 'VMCP_SSRF_REFUSED',
  message: `refused to fetch from ${host}: ${address} is not a globally reachable address (private, loopback, link-local or another special-purpose block); set jwksAllowPrivateIp to allow it`,
});

interface KeySource extends UrlRules {
  issuer: string;
  jwksUrl: string | null;
}

/** The config key naming the URL keys come from: the explicit JWKS URL, else the issuer (discovery). */
export const keySourceKey = (oidc: KeySource): 'issuer' | 'jwksUrl' => (oidc.jwksUrl === null ? 'issuer' : 'jwksUrl');

/** What is wrong with the key source, its message naming the config key; null when nothing is. */
export function keySourceProblem(oidc: KeySource): (UrlProblem & { key: 'issuer' | 'jwksUrl' }) | null {
  const key = keySourceKey(oidc);
  const r = checkKeyUrl(oidc.jwksUrl ?? oidc.issuer, oidc);
  return r instanceof URL ? null : { key, code: r.code, message: `incomingAuth.oidc.${key}: ${r.message}` };
}
