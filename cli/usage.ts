/** Exit codes every command shares: other tools and CI scripts depend on them. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** `vmcp diff`: the plans differ, as diff(1) says it; diff's invalid inputs are EXIT_USAGE, since 1 is taken. */
export const EXIT_DIFFERENT = 1;

export class UsageError extends Error {
  readonly code = 'VMCP_USAGE';
}

/** Each command's help: its synopsis (the first line is the one USAGE lists) and what it does. */
export const COMMAND_HELP: Record<string, string> = {
  validate: `validate [--format text|json] [--strict] FILE
  Check a config, and what serve would refuse at start on this machine (missing env vars and files, a stdio
  backend's program not on PATH: warnings, errors with --strict). Exit 0 when it has no error (warnings
  allowed), 1 when it has errors.`,
  compile: `compile FILE [-o plan.json] [--ts FILE.ts] [--format text|json]
  compile --k8s FILE... --name N [--namespace NS]
  Print the canonical plan JSON (or write it with -o); --ts also writes a TypeScript module. With --k8s, the
  plan of the VirtualMCPServer N in those Kubernetes manifests.`,
  serve: `serve FILE [--host H] [--port P]
  Serve a config (YAML) or a plan (.json); default 127.0.0.1:4483, --port 0 for any free port. Reloads FILE
  when it changes and on SIGHUP; SIGTERM or SIGINT drain requests in flight, then exit 0.`,
  reconcile: `reconcile [--format json|yaml] FILE...
  Each VirtualMCPServer's status and converted config, from Kubernetes manifests.`,
  operator: `operator [--namespace NS] [--kubeconfig FILE]
  Watch VirtualMCPServers, write their status and config ConfigMaps.`,
  explain: `explain [--format text|json] [--connect] FILE
  explain --k8s FILE... --name N [--namespace NS]
  The routes and their auth, each backend (transport, strategy, where its secrets come from), the tool
  naming rule and a Mermaid diagram. FILE: a config or a plan .json. --connect lists the tool names the
  live backends give.`,
  diff: `diff [--format text|json] OLD NEW
  What going from OLD to NEW (configs or plan .json) changes in the plan. Exit 0 equal, 1 different,
  2 usage error or an invalid OLD or NEW.`,
  help: `help [COMMAND]
  This text, or one command's (also: vmcp COMMAND --help).`,
  version: `version
  Print vmcp's version (also: vmcp --version).`,
};

const EXIT_CODES = 'exit codes: 0 ok, 1 the config has errors (diff: the plans differ), 2 usage error or unreadable file';

export const USAGE = `usage: vmcp <command> [options]

commands:
${Object.values(COMMAND_HELP)
  .map((h) => `  ${h.split('\n')[0]}`)
  .join('\n')}

'vmcp help COMMAND' or 'vmcp COMMAND --help' tells more of one.
${EXIT_CODES}
`;

/** One command's help text, or null for a command there is none. */
export const commandHelp = (name: string): string | null => (COMMAND_HELP[name] === undefined ? null : `usage: vmcp ${COMMAND_HELP[name]}\n\n${EXIT_CODES}\n`);
