/** vmcp's version for /status: read from the package.json above this file, from source or from dist/. */
import { readFileSync } from 'node:fs';

function findVersion(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vmcp' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here; look one folder up
    }
  }
  return 'unknown';
}

export const VMCP_VERSION = findVersion();
