/**
 * Whether a URL host name means "this machine": `localhost`, 127.0.0.0/8 or [::1]. One definition, so the
 * compiler (which lets plain http through on loopback) and the runtime (which then talks to it) agree.
 */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || h === '::1' || IPV4_LOOPBACK.test(h);
}
