/** `vmcp operator`: runs the controller until SIGINT or SIGTERM. */
import { parseArgs } from 'node:util';
import { InputError } from '../read-input.js';
import { EXIT_OK } from '../usage.js';

export async function operator(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { namespace: { type: 'string' }, kubeconfig: { type: 'string' } }, allowPositionals: false });
  // The Kubernetes client is large: loaded here so that other commands start fast.
  const [{ KubeConfig }, { Operator }] = await Promise.all([import('@kubernetes/client-node'), import('../../operator/controller.js')]);
  const kc = new KubeConfig();
  try {
    // Without --kubeconfig: $KUBECONFIG, ~/.kube/config, or the pod's service account, as kubectl does.
    if (values.kubeconfig) kc.loadFromFile(values.kubeconfig);
    else kc.loadFromDefault();
  } catch (e) {
    throw new InputError(`cannot load the kubeconfig: ${(e as Error).message}`);
  }
  if (!kc.getCurrentCluster()) throw new InputError('no Kubernetes cluster is configured: pass --kubeconfig FILE, set KUBECONFIG, or run in a pod');
  const op = new Operator({ kubeConfig: kc, ...(values.namespace ? { namespace: values.namespace } : {}) });
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await op.start();
  await stopped;
  await op.stop();
  return EXIT_OK;
}
