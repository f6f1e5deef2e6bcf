import { compileSources, type CompileResult, type Diagnostic } from '../../compiler/index.js';

export const compileYaml = (yaml: string, file = 'vmcp.yaml', sibling?: string): CompileResult =>
  compileSources({ file, bytes: yaml }, sibling === undefined ? undefined : { file: 'authserver-config.yaml', bytes: sibling });

/** "rule path" pairs: compact to assert on, and independent of message wording. */
export const findings = (yaml: string, sibling?: string): string[] =>
  compileYaml(yaml, 'vmcp.yaml', sibling).diagnostics.map((d: Diagnostic) => `${d.severity} ${d.rule} ${d.path}`);

/** A valid Mode B config: the AS is the incoming issuer, two upstreams, backends using upstream_inject. */
export const MODE_B = `
name: mode-b
groupRef: g
backends:
  - { name: github-tools, url: "http://127.0.0.1:9001/mcp", transport: streamable-http }
  - { name: docs, url: "http://127.0.0.1:9002/mcp", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "http://localhost:9090", audience: "https://my-vmcp", jwksAllowPrivateIp: true }
outgoingAuth:
  source: inline
  default: { type: unauthenticated }
  backends:
    github-tools: { type: upstream_inject, upstreamInject: { providerName: github } }
authServer:
  runConfig:
    issuer: "http://localhost:9090"
    upstreams:
      - name: corp
        type: oidc
        oidc_config: { issuer_url: "http://localhost:9091", client_id: vmcp, client_secret_env_var: CORP_SECRET }
      - name: github
        type: oauth2
        oauth2_config:
          authorization_endpoint: "http://localhost:9092/authorize"
          token_endpoint: "http://localhost:9092/token"
          client_id: gh
          userinfo: { endpoint_url: "http://localhost:9092/user" }
    allowed_audiences: ["https://my-vmcp"]
`;

/** The smallest valid Mode A config, to build cases from. */
export const MODE_A = `
name: mode-a
backends:
  - { name: github-tools, url: "http://127.0.0.1:9001/mcp", transport: streamable-http }
incomingAuth:
  type: oidc
  oidc: { issuer: "http://localhost:9090", audience: "https://my-vmcp" }
`;
