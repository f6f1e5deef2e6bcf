/** The input options of the commands that read one config or a set of Kubernetes manifests (compile, explain). */
import { UsageError } from './usage.js';

export const INPUT_OPTIONS = {
  k8s: { type: 'string', multiple: true },
  name: { type: 'string' },
  namespace: { type: 'string' },
} as const;

export interface InputValues {
  k8s?: string[];
  name?: string;
  namespace?: string;
}

/** FILE, or with --k8s every manifest: `--k8s a.yaml b.yaml --name x` (each positional is one more). */
export function inputFiles(command: string, values: InputValues, positionals: readonly string[]): string[] {
  if (!values.k8s && (values.name !== undefined || values.namespace !== undefined)) throw new UsageError('--name and --namespace go with --k8s');
  if (!values.k8s && positionals.length !== 1) throw new UsageError(`${command} takes exactly one FILE`);
  return values.k8s ? [...values.k8s, ...positionals] : [positionals[0]!];
}
