/** A plain node:http client for tests: it can send any Host header and shows headers exactly as sent. */
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function call(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: Buffer[] } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.chunked) {
      for (const c of opts.chunked) req.write(c);
      req.end();
    } else {
      req.end(opts.body);
    }
  });
}

export const json = (a: Answer): unknown => JSON.parse(a.body);
