/** What `vmcp explain` says about a plan, as one value: the text and JSON forms both print it. */
import { MCP_ENDPOINT_PATH } from '../../runtime/auth/resource.js';
import type { RuntimePlan } from '../../runtime/contract.js';
import { authServerFacts, incomingFacts, type AuthServerFacts, type IncomingFacts } from './auth.js';
import { backendFacts, discoveryFacts, type BackendFacts, type DiscoveryFacts } from './backends.js';
import type { LiveCatalog } from './connect.js';
import { mermaidFlow } from './mermaid.js';
import { namingFacts, type NamingFacts } from './naming.js';
import { routeRows, type RouteRow } from './routes.js';
import { secretUses, type SecretUse } from './secrets.js';

export interface Explanation {
  name: string;
  mode: 'A' | 'B';
  groupRef: string | null;
  /** The file(s) explained. */
  source: string[];
  incomingAuth: IncomingFacts;
  routes: RouteRow[];
  backends: BackendFacts[];
  /** Present when the backends are the group's workloads, found at run time (then `backends` is empty). */
  discovery?: DiscoveryFacts;
  naming: NamingFacts;
  authServer: AuthServerFacts | null;
  /** Every secret the plan names, by where it is used: references only. */
  secrets: SecretUse[];
  /** With --connect: the names the backends' own lists give; null without. */
  catalog: LiveCatalog | null;
  mermaid: string;
}

export function explainPlan(plan: RuntimePlan, source: string[], catalog: LiveCatalog | null): Explanation {
  const incoming = incomingFacts(plan);
  const backends = backendFacts(plan);
  const authServer = authServerFacts(plan);
  const routes = routeRows(plan);
  const mcp = routes.find((r) => r.handler === 'mcp');
  return {
    name: plan.name,
    mode: plan.mode,
    groupRef: plan.groupRef,
    source,
    incomingAuth: incoming,
    routes,
    backends,
    ...(plan.discovery ? { discovery: discoveryFacts(plan)! } : {}),
    naming: namingFacts(plan),
    authServer,
    secrets: secretUses(plan),
    catalog,
    mermaid: mermaidFlow({ name: plan.name, mcpPath: mcp?.path ?? MCP_ENDPOINT_PATH, incoming, backends, authServer }),
  };
}
