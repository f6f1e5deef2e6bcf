/** Exit codes every command shares: other tools and CI scripts depend on them. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** `vmcp diff`: the plans differ, as diff(1) says it; diff's invalid inputs are EXIT_USAGE, since 1 is taken. */
export const EXIT_DIFFERENT = 1;

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
  explain [--format text|json] [--connect] FILE
                                            the routes and their auth, each backend (transport, strategy, where its
                                            secrets come from), the tool naming rule and a Mermaid diagram; FILE: a
                                            config, a plan .json, or --k8s FILE... --name N [--namespace NS];
                                            --connect lists the tool names the live backends give
  diff [--format text|json] OLD NEW         what going from OLD to NEW (configs or plan .json) changes in the plan;
                                            exit 0 equal, 1 different, 2 usage error or an invalid OLD or NEW
  help                                      show this text

exit codes: 0 ok, 1 the config has errors (diff: the plans differ), 2 usage error or unreadable file
`;
