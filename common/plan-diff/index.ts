/** What a plan change does, for `vmcp diff` and for a reload's log: the comparison and its text form. */
export { planDiff, PLAN_AREAS, type PlanArea, type PlanChange, type PlanDiffOptions } from './diff.js';
export { describeChange, formatPlanChanges } from './text.js';
