/** `host:port`, `[v6]:port` or a bare host (then `defaultPort`); the problem as a sentence when it is none of them. */
export function parseHostPort(addr: string, defaultPort: number): { host: string; port: number } | string {
  const m = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d{1,5}))?$/.exec(addr);
  const port = m?.[3] === undefined ? defaultPort : Number(m[3]);
  const host = m?.[1] ?? m?.[2];
  if (host === undefined || port < 1 || port > 65535) return `redis address "${addr}" is not host:port`;
  return { host, port };
}
