/**
 * What "this machine" means in a URL host, in one place, so the compiler (which lets plain http through on
 * loopback), the runtime (which then talks to it), redirect URIs (RFC 8252 section 7.3) and client_id
 * URLs agree. It is ToolHive's (pkg/oauthproto/locality.go IsLoopbackHost: "localhost" or
 * net.IP.IsLoopback), which also counts 127.0.0.0/8 written as an IPv4-mapped IPv6 address; WHATWG URLs
 * print that one as [::ffff:7f00:1]. Octets are checked for range, so a raw (unparsed) host such as
 * 127.0.0.01 is not taken for the address the URL parser would make of it.
 */
const IPV4_LOOPBACK = /^127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const MAPPED_IPV4_LOOPBACK = /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/;

/** A loopback IP literal, bracketed or not. Names are not: what they resolve to is DNS's to say. */
export function isLoopbackAddress(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === '::1' || IPV4_LOOPBACK.test(h) || MAPPED_IPV4_LOOPBACK.test(h);
}

/** A loopback IP literal or `localhost`. */
export const isLoopbackHost = (hostname: string): boolean => hostname.toLowerCase() === 'localhost' || isLoopbackAddress(hostname);
