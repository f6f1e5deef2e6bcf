/** Where a diagnostic on the converted config points: a manifest file:line:column, and a field people can find. */
import type { Locate } from '../compile.js';
import { formatPath, type Diagnostic } from '../diagnostics.js';
import { positionOf } from '../source.js';
import { manifestPathOf, type Owner, type Provenance } from './manifest-paths.js';
import { describe, type Resource } from './resources.js';

export interface Located {
  /** The name the plan records as the config's source (it names the manifest file when there is one). */
  label: string;
  locate: Locate;
  /** "<Kind> <ns>/<name> <field>" for a diagnostic that came through `locate`. */
  where: (d: Diagnostic) => string;
}

/** The objects the converted config came from, besides the server itself. */
export interface Sources {
  authServer?: Resource;
  outgoing: ReadonlyMap<string, Resource>;
  oidcConfig?: Resource;
  telemetryConfig?: Resource;
  toolConfigs: ReadonlyMap<string, Resource>;
}

export function diagnosticsLocator(server: Resource, sources: Sources, from: Provenance): Located {
  const fields = new Map<string, string>();
  const ownerOf = (owner: Owner): Resource | undefined => {
    switch (owner.kind) {
      case 'server':
        return server;
      case 'authServer':
        return sources.authServer;
      case 'outgoing':
        return sources.outgoing.get(owner.ref);
      case 'oidcConfig':
        return sources.oidcConfig;
      case 'telemetryConfig':
        return sources.telemetryConfig;
      case 'toolConfig':
        return sources.toolConfigs.get(owner.ref);
    }
  };
  const locate: Locate = (path, atKey) => {
    const mp = manifestPathOf(path, from);
    const resource = ownerOf(mp.owner) ?? server;
    fields.set(formatPath(path), `${describe(resource)} ${formatPath(mp.path)}`);
    const origin = resource.origin;
    // Objects from the API server have no text: the resource itself is the best "file" to name.
    if (!origin) return { file: describe(resource), line: 1, column: 1 };
    return { file: origin.source.file, ...positionOf(origin.source, [...origin.base, ...mp.path], atKey) };
  };
  return {
    label: server.origin?.source.file ?? describe(server),
    locate,
    where: (d) => fields.get(d.path) ?? describe(server),
  };
}
