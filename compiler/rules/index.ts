/**
 * Every semantic rule, one per file, listed in id order. The order diagnostics come out in is not this
 * list's: sortDiagnostics (../diagnostics.ts) orders them by file, position, rule and message.
 */
import type { Rule } from './rule.js';
import { V01 } from './V-01.js';
import { V02 } from './V-02.js';
import { V03 } from './V-03.js';
import { V04 } from './V-04.js';
import { V05 } from './V-05.js';
import { V06 } from './V-06.js';
import { V07 } from './V-07.js';
import { V08 } from './V-08.js';
import { V09 } from './V-09.js';
import { V10 } from './V-10.js';
import { V11 } from './V-11.js';
import { V12 } from './V-12.js';
import { V13 } from './V-13.js';
import { V14 } from './V-14.js';
import { V15 } from './V-15.js';
import { V16 } from './V-16.js';
import { V17 } from './V-17.js';

export const rules: readonly Rule[] = [V01, V02, V03, V04, V05, V06, V07, V08, V09, V10, V11, V12, V13, V14, V15, V16, V17];
