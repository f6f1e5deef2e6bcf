/**
 * Checks a VirtualMCPServer or MCPExternalAuthConfig object against its CRD schema (schema/k8s/), as the API
 * server would at admission, so manifests read from files get the same refusal. CEL rules are checked in
 * cross-field.ts. Each problem is a sentence naming the field.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { mcpExternalAuthConfigSchema, virtualMcpServerSchema } from '../../generated/k8s-schemas.js';
import { formatPath, type PathSegment } from '../diagnostics.js';
import { KIND_SERVER, type Kind } from './resources.js';

/** One sentence naming the field, e.g. `spec.incomingAuth.type must be one of "anonymous", "oidc"`. */
export type FieldProblem = string;

const validators = new Map<Kind, ValidateFunction>();

function validator(kind: Kind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    for (const k of ['x-vmcp-crd', 'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-preserve-unknown-fields', 'tsType']) {
      ajv.addKeyword({ keyword: k });
    }
    v = ajv.compile((kind === KIND_SERVER ? virtualMcpServerSchema : mcpExternalAuthConfigSchema) as object);
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
    case 'required':
      return `${formatPath([...path, String(p.missingProperty)])} is required`;
    case 'additionalProperties':
      return `${formatPath([...path, String(p.additionalProperty)])} is not a field of this resource; remove it or check its spelling`;
    case 'enum':
      return `${at} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at} ${e.message ?? 'is invalid'}`;
  }
}

export const describeProblems = (problems: readonly FieldProblem[]): string => problems.join('; ');
