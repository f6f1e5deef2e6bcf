/** A caller handed the converter a ref it had not resolved: a bug in the caller, not in the user's manifests. */
export class UnresolvedRefError extends Error {
  readonly code = 'VMCP_K8S_UNRESOLVED_REF';
}
