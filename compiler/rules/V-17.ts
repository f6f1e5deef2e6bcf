import type { Finding, PathSegment } from '../diagnostics.js';
import type { Rule } from './rule.js';
import { arr, obj, str } from '../config-view.js';

const STDIO_KEYS = ['command', 'args', 'env', 'cwd'] as const;

/**
 * V-17: each backend has the keys of its transport. A network backend (streamable-http, sse) needs `url`
 * and has no program to start; a stdio backend (vmcp's own) needs `command` and has no URL. A stdio
 * backend is one process serving every caller, and no HTTP request goes to it, so it takes no outgoing
 * credentials: its strategy must be `unauthenticated`, and credentials go into its `env`.
 */
export const V17: Rule = {
  id: 'V-17',
  check(config) {
    const findings: Finding[] = [];
    const error = (path: PathSegment[], message: string, atKey = false) => findings.push({ severity: 'error', rule: 'V-17', path, message, ...(atKey ? { atKey } : {}) });
    arr(obj(config)?.backends).forEach((entry, i) => {
      const b = obj(entry);
      const transport = str(b?.transport);
      if (!b || transport === undefined) return;
      const at: PathSegment[] = ['backends', i];
      const name = str(b.name) ?? `backends[${i}]`;
      if (transport !== 'stdio') {
        if (b.url === undefined) error([...at, 'url'], `backend "${name}": url is required when transport is ${transport}`);
        for (const key of STDIO_KEYS) {
          if (b[key] !== undefined) error([...at, key], `backend "${name}": ${key} is only for transport stdio (a program vmcp starts); remove it, or set transport: stdio`, true);
        }
        return;
      }
      if (b.command === undefined) error([...at, 'command'], `backend "${name}": command is required when transport is stdio (the program vmcp starts, e.g. npx)`);
      if (b.url !== undefined) error([...at, 'url'], `backend "${name}": a stdio backend is a program vmcp starts, not a URL; remove url, or use transport streamable-http or sse`, true);
      const strategy = resolvedStrategy(config, str(b.name));
      if (strategy && strategy.type !== 'unauthenticated') {
        error(
          strategy.inherited ? [...at, 'transport'] : strategy.path,
          `backend "${name}" is a stdio backend, which takes no outgoing credentials (one process serves every caller, and no HTTP request goes to it), but its outgoing auth is ${strategy.type}` +
            `${strategy.inherited ? ' (the default)' : ''}; give it outgoingAuth.backends.${name}: { type: unauthenticated }, and pass what the program needs in env (valueEnv reads it from vmcp's environment)`,
        );
      }
    });
    return findings;
  },
};

/** The strategy a backend gets: its own entry, else the default; none when neither is written. */
function resolvedStrategy(config: unknown, name: string | undefined): { type: string; path: PathSegment[]; inherited: boolean } | undefined {
  const out = obj(obj(config)?.outgoingAuth);
  const own = name === undefined ? undefined : obj(obj(out?.backends)?.[name]);
  if (own) return { type: str(own.type) ?? 'unauthenticated', path: ['outgoingAuth', 'backends', name!, 'type'], inherited: false };
  const def = obj(out?.default);
  if (def) return { type: str(def.type) ?? 'unauthenticated', path: [], inherited: true };
  return undefined;
}
