/**
 * The CLI as users run it (bin/vmcp): dist/cli/main.js and the packages it imports, bundled by rolldown
 * into dist/bundle/. Node loads a few dozen files instead of ~450 (undici, zod, yaml and the MCP SDK are
 * each about a hundred), which took `serve` a third of its start time and `validate` most of its own
 * (bench:start). Each command stays its own chunk, loaded on demand as in dist/cli/main.js.
 *
 * Left out, loaded from node_modules when a command needs them: packages that are big and used by one
 * rare command (ts-morph for `compile --module`, the Kubernetes client for `reconcile` and `operator`), and
 * ioredis (Redis storage), which finds its optional parts at run time.
 */
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const EXTERNAL = ['ts-morph', '@kubernetes/client-node', 'ioredis'];

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  input: 'dist/cli/main.js',
  platform: 'node',
  external: (id) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`)),
  logLevel: 'warn',
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
