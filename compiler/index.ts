/** The compiler's public API. */
export { compileSources, compileValue, SIBLING_RUN_CONFIG } from './compile.js';
export type { CompileResult, FrozenPlan, Locate, SourceText } from './compile.js';
export { canonicalJson } from './canonical.js';
export type { Diagnostic, RuleId, Severity } from './diagnostics.js';
export { buildPlan } from './plan/index.js';
