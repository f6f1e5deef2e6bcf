import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/client';
import { startFixtureBackend, type FixtureBackend } from '../fixtures/mcp-backend.js';
import { backendsYaml, compileYaml, connectClient, PREFIX_AGGREGATION, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const text = (r: { content?: unknown }) => ((r.content as { text: string }[])[0]!).text;

describe('the aggregated MCP endpoint over real SDK backends', () => {
  let weather: FixtureBackend;
  let notes: FixtureBackend;
  let gateway: Gateway;

  beforeAll(async () => {
    weather = await startFixtureBackend({ name: 'weather', tools: [{ name: 'forecast' }, { name: 'echo' }], extras: true });
    notes = await startFixtureBackend({ name: 'notes', tools: [{ name: 'add_note' }, { name: 'echo' }], era: 'modern', extras: true });
    const plan = compileYaml(
      backendsYaml([{ name: 'weather', url: weather.url }, { name: 'notes', url: notes.url }], UNAUTHENTICATED + PREFIX_AGGREGATION),
    );
    gateway = await startGateway(plan);
  });
  afterAll(async () => {
    await gateway.close();
    await weather.close();
    await notes.close();
  });

  for (const era of ['legacy', 'modern'] as const) {
    describe(`${era} client`, () => {
      let client: Client;
      beforeAll(async () => {
        client = await connectClient(gateway.url, era);
      });
      afterAll(async () => client.close());

      it('negotiates the era', () => {
        expect(client.getProtocolEra()).toBe(era);
        expect(client.getNegotiatedProtocolVersion()).toBe(era === 'modern' ? '2026-07-28' : '2025-11-25');
      });

      it('lists the tools of both backends, prefixed', async () => {
        const { tools } = await client.listTools();
        expect(tools.map((t) => t.name).sort()).toEqual(['notes_add_note', 'notes_echo', 'weather_echo', 'weather_forecast']);
      });

      it('routes a call to the owning backend under its own name', async () => {
        expect(text(await client.callTool({ name: 'notes_echo', arguments: { x: 1 } }))).toBe('notes:echo:{"x":1}');
        expect(text(await client.callTool({ name: 'weather_forecast', arguments: {} }))).toBe('weather:forecast:{}');
      });

      it('answers an unknown tool with an MCP error', async () => {
        await expect(client.callTool({ name: 'nope', arguments: {} })).rejects.toThrow(/unknown tool/);
      });

      it('aggregates prompts and resources and routes reads', async () => {
        const { prompts } = await client.listPrompts();
        expect(prompts.map((p) => p.name).sort()).toEqual(['notes_greet', 'weather_greet']);
        const got = await client.getPrompt({ name: 'notes_greet' });
        expect(JSON.stringify(got.messages)).toContain('hello from notes');
        const { resources } = await client.listResources();
        expect(resources.map((r) => r.uri).sort()).toEqual(['fixture://notes/info', 'fixture://weather/info']);
        const read = await client.readResource({ uri: 'fixture://weather/info' });
        expect(JSON.stringify(read.contents)).toContain('info of weather');
      });
    });
  }
});
