/** Workbook descriptions for the add-in's tests: the sample plan, and 1,000 tasks × 50 units. */
import * as fs from 'fs';
import { generatePlanText } from '../../../bench/generate';
import { generateUnits } from '../../../bench/units';
import type { Clock } from '../../../shared/app/clock';
import { contextOf } from '../../../shared/app/command';
import { COMMANDS } from '../../../shared/app/table';
import type { Plan } from '../../../shared/plan/model';
import { readPlanText } from '../../../shared/plan/read';
import type { Unit } from '../../../shared/units/model';
import type { WorkbookSpec } from '../../../shared/workbook/spec';
import { SAMPLE } from '../../helpers/paths';

export const CLOCK: Clock = { now: '2014-04-10T02:00:00.000Z', today: '2014-04-10' };

export function samplePlanText(): string {
  return fs.readFileSync(SAMPLE, 'utf8');
}

export function planOf(text: string): Plan {
  const r = readPlanText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** The sample plan, read. */
export function samplePlan(): Plan {
  return planOf(samplePlanText());
}

export function specOf(plan: Plan, units?: Unit[]): WorkbookSpec {
  const r = COMMANDS.build.run(contextOf({ plan, ...(units ? { units } : {}) }, [], CLOCK));
  if (!r.ok || !r.draw) throw new Error(JSON.stringify(r.ok ? 'no draw' : r.problems));
  return r.draw;
}

export function sampleSpec(): WorkbookSpec {
  return specOf(planOf(samplePlanText()));
}

let large: WorkbookSpec | null = null;

/** 1,000 tasks, 50 units: `Theo dõi` has 50,000 rows. Made once per test file. */
export function largeSpec(): WorkbookSpec {
  large ??= specOf(planOf(generatePlanText(1000)), generateUnits(50));
  return large;
}
