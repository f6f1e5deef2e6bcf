/**
 * Checks an object of one of our kinds against its CRD schema (schema/k8s/), as the API server would at
 * admission, so manifests read from files get the same refusal. CEL rules are checked in cross-field.ts.
 * ToolHive fields vmcp does not implement carry `notSupported` (or `notSupportedValues`) in the schema: they
 * are refused with "not supported yet", never taken for a typo and never ignored. Each problem is a sentence
 * naming the field.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  mcpExternalAuthConfigSchema,
  mcpGroupSchema,
  mcpRemoteProxySchema,
  mcpServerEntrySchema,
  mcpServerSchema,
  mcpOidcConfigSchema,
  mcpTelemetryConfigSchema,
  mcpToolConfigSchema,
  virtualMcpServerSchema,
} from '../../generated/k8s-schemas.js';
import { formatPath, type PathSegment } from '../diagnostics.js';
import {
  KIND_AUTH_CONFIG,
  KIND_GROUP,
  KIND_MCP_SERVER,
  KIND_OIDC_CONFIG,
  KIND_REMOTE_PROXY,
  KIND_SERVER,
  KIND_SERVER_ENTRY,
  KIND_TELEMETRY_CONFIG,
  KIND_TOOL_CONFIG,
  type Kind,
} from './resources.js';

export interface FieldProblem {
  /** One sentence naming the field, e.g. `spec.incomingAuth.type must be one of "anonymous", "oidc"`. */
  message: string;
  /** A ToolHive field vmcp knows but does not implement yet (the shape may be fine). */
  unsupported: boolean;
}

export const invalid = (message: string): FieldProblem => ({ message, unsupported: false });

export const SCHEMAS: Record<Kind, object> = {
  [KIND_SERVER]: virtualMcpServerSchema,
  [KIND_AUTH_CONFIG]: mcpExternalAuthConfigSchema,
  [KIND_OIDC_CONFIG]: mcpOidcConfigSchema,
  [KIND_TELEMETRY_CONFIG]: mcpTelemetryConfigSchema,
  [KIND_TOOL_CONFIG]: mcpToolConfigSchema,
  [KIND_GROUP]: mcpGroupSchema,
  [KIND_MCP_SERVER]: mcpServerSchema,
  [KIND_REMOTE_PROXY]: mcpRemoteProxySchema,
  [KIND_SERVER_ENTRY]: mcpServerEntrySchema,
};

/** Keywords only the generator or the warning walk reads; Ajv must know them in strict mode. */
const ANNOTATIONS = ['x-vmcp-crd', 'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-preserve-unknown-fields', 'tsType', 'deploymentField'];

const validators = new Map<Kind, ValidateFunction>();

function validator(kind: Kind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    // verbose: the error then carries the keyword's value (what is not supported).
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false, verbose: true });
    for (const k of ANNOTATIONS) ajv.addKeyword({ keyword: k });
    ajv.addKeyword({ keyword: 'notSupported', schemaType: 'string', validate: () => false });
    ajv.addKeyword({ keyword: 'notSupportedValues', schemaType: 'array', validate: (values: unknown[], data: unknown) => !values.includes(data) });
    v = ajv.compile(SCHEMAS[kind]);
    validators.set(kind, v);
  }
  return v;
}

export function checkCrdSchema(kind: Kind, object: Record<string, unknown>): FieldProblem[] {
  const validate = validator(kind);
  // status is what controllers write (others' fields too), not the user's input: it is not checked.
  const { status: _status, ...input } = object;
  if (validate(input)) return [];
  return (validate.errors ?? []).map(problem);
}

function problem(e: ErrorObject): FieldProblem {
  const path: PathSegment[] = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const at = path.length === 0 ? 'the object' : formatPath(path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'notSupported':
      return { message: `${at}: ${String(e.schema)} is not supported yet by vmcp; remove it`, unsupported: true };
    case 'notSupportedValues':
      return { message: `${at}: ${JSON.stringify(e.data)} is not supported yet by vmcp`, unsupported: true };
    case 'required':
      return invalid(`${formatPath([...path, String(p.missingProperty)])} is required`);
    case 'additionalProperties':
      return invalid(`${formatPath([...path, String(p.additionalProperty)])} is not a field of this resource; remove it or check its spelling`);
    case 'enum':
      return invalid(`${at} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
    default:
      return invalid(`${at} ${e.message ?? 'is invalid'}`);
  }
}

export const describeProblems = (problems: readonly FieldProblem[]): string => problems.map((p) => p.message).join('; ');
