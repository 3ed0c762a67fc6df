/**
 * The period labels the workbook shows. The report's formulas find a period's rows by its label
 * on `Theo dõi`, so two periods written the same way ("Quý I/2016" twice in a draft) are told
 * apart: the second is shown as "Quý I/2016 (2)".
 */
import type { Plan } from '../plan/model';
import { foldKey } from '../text/normalize';

export function periodLabels(plan: Pick<Plan, 'periods'>): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const p of plan.periods) {
    const key = foldKey(p.label);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(p.key, n === 1 ? p.label : `${p.label} (${n})`);
  }
  return out;
}
