/** Exit codes every command shares: other tools and CI scripts depend on them. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  readonly code = 'VMCP_USAGE';
}

export const USAGE = `usage: vmcp <command> [options]

commands:
  validate [--format text|json] [--strict] FILE
                                            check a config, and what serve would refuse at start on this machine
                                            (missing env vars and files: warnings, errors with --strict);
                                            exit 0 when it has no error (warnings allowed), 1 when it has errors
  compile FILE [-o plan.json] [--ts FILE.ts] print the canonical plan JSON (or write it); --ts also writes a TypeScript module
  serve FILE [--host H] [--port P]          serve a config (YAML) or a plan (.json); default 127.0.0.1:4483
  reconcile [--format json|yaml] FILE...   each VirtualMCPServer's status and converted config from Kubernetes manifests
  compile --k8s FILE... --name N [--namespace NS]  print that VirtualMCPServer's plan
  operator [--namespace NS] [--kubeconfig FILE]  watch VirtualMCPServers, write their status and config ConfigMaps
  help                                      show this text

exit codes: 0 ok, 1 the config has errors, 2 usage error or unreadable file
`;
