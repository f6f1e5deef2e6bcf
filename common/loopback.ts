/**
 * Whether a URL host name means "this machine": `localhost`, 127.0.0.0/8 or [::1]. One definition, so the
 * compiler (which lets plain http through on loopback) and the runtime (which then talks to it) agree.
 * It is ToolHive's (pkg/oauthproto/locality.go IsLoopbackHost: "localhost" or net.IP.IsLoopback), which also
 * counts 127.0.0.0/8 written as an IPv4-mapped IPv6 address; WHATWG URLs print that one as [::ffff:7f00:1].
 */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const MAPPED_IPV4_LOOPBACK = /^\[?::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]?$/;

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || h === '::1' || IPV4_LOOPBACK.test(h) || MAPPED_IPV4_LOOPBACK.test(h);
}
