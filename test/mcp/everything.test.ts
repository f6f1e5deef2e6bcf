/** vmcp in front of the published reference server, over Streamable HTTP and over legacy SSE at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import { startEverything, type Everything } from '../fixtures/everything.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

describe('server-everything behind vmcp', () => {
  let http: Everything;
  let sse: Everything;
  let gateway: Gateway;
  let client: Client;
  beforeAll(async () => {
    [http, sse] = await Promise.all([startEverything('streamableHttp'), startEverything('sse')]);
    const yaml = backendsYaml(
      [
        { name: 'ev', url: http.url },
        { name: 'old', url: sse.url, transport: 'sse' },
      ],
      UNAUTHENTICATED + PREFIX_AGGREGATION.replace('{workload}_', '{workload}.'),
    );
    gateway = await startGateway(compileYaml(yaml));
    client = await connectClient(gateway.url, 'modern');
  });
  afterAll(async () => {
    await client?.close();
    await gateway?.close();
    await Promise.all([http?.close(), sse?.close()]);
  });

  it('aggregates its tools from both transports, with "{workload}." prefixes', async () => {
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('ev.echo');
    expect(names).toContain('old.echo');
    expect(names).toContain('ev.get-sum');
  });

  it('routes calls, structured results included', async () => {
    const echo = await client.callTool({ name: 'old.echo', arguments: { message: 'hi' } });
    expect(JSON.stringify(echo.content)).toContain('hi');
    const sum = await client.callTool({ name: 'ev.get-sum', arguments: { a: 2, b: 3 } });
    expect(JSON.stringify(sum.content)).toContain('5');
  });

  it('passes resources, templates and prompts through: the same resources as the backend lists directly', async () => {
    const resources = await client.listResources();
    // What each backend has, page by page, as a client talking to it directly sees it.
    const direct = await connectClient(http.url, 'legacy');
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await direct.listResources(cursor === undefined ? {} : { cursor });
      pages.push(page.resources.map((r) => r.uri));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    await direct.close();
    expect(new Set(resources.resources.map((r) => r.uri))).toEqual(new Set(pages.flat()));
    const first = resources.resources[0]!;
    const read = await client.readResource({ uri: first.uri });
    expect(read.contents.length).toBeGreaterThan(0);
    expect((await client.listResourceTemplates()).resourceTemplates.length).toBeGreaterThan(0);
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name);
    expect(prompts.some((p) => p.startsWith('ev.'))).toBe(true);
  });

  it('passes a backend validation error through as the backend gave it', async () => {
    const direct = await connectClient(http.url, 'legacy');
    try {
      const expected = await direct.callTool({ name: 'get-sum', arguments: { a: 'x' } });
      const r = await client.callTool({ name: 'ev.get-sum', arguments: { a: 'x' } });
      expect(r.isError).toBe(true);
      expect(r.content).toEqual(expected.content);
      expect(JSON.stringify(r.content)).toContain('Invalid arguments for tool get-sum');
    } finally {
      await direct.close();
    }
  });
});
