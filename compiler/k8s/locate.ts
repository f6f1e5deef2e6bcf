/** Where a diagnostic on the converted config points: a manifest file:line:column, and a field people can find. */
import type { VirtualMCPServerSpec } from '../../generated/k8s-virtualmcpserver.js';
import type { Locate } from '../compile.js';
import { formatPath, type Diagnostic, type PathSegment } from '../diagnostics.js';
import { positionOf } from '../source.js';
import { manifestPathOf } from './manifest-paths.js';
import { describe, type Resource } from './resources.js';

export interface Located {
  /** The name the plan records as the config's source (it names the manifest file when there is one). */
  label: string;
  locate: Locate;
  /** "<Kind> <ns>/<name> <field>" for a diagnostic that came through `locate`. */
  where: (d: Diagnostic) => string;
}

export function diagnosticsLocator(server: Resource, authServer: Resource | undefined, outgoing: ReadonlyMap<string, Resource>, spec: VirtualMCPServerSpec): Located {
  const fields = new Map<string, string>();
  const outgoingRef = (entry: PathSegment[]): string | undefined => {
    const b = entry[0] === 'default' ? spec.outgoingAuth?.default : spec.outgoingAuth?.backends?.[String(entry[1])];
    return b?.type === 'externalAuthConfigRef' ? b.externalAuthConfigRef?.name : undefined;
  };
  const locate: Locate = (path, atKey) => {
    const mp = manifestPathOf(path, outgoingRef);
    const owner = mp.owner;
    const resource = (owner.kind === 'authServer' ? authServer : owner.kind === 'outgoing' ? outgoing.get(owner.ref) : undefined) ?? server;
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
