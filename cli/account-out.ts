/** The account of a plan's task rows, as `thidua parse` prints it after the plan. */
import type { RowAccount } from '../shared/plan/accounting';
import type { SkipReason } from '../shared/i18n/plan-words';
import { ROW_USES } from '../shared/plan/accounting';
import type { CliMessages } from '../shared/i18n/catalog';

export function formatAccount(account: RowAccount, words: CliMessages): string {
  const m = words.account;
  const { unit } = account;
  const parts = ROW_USES.filter((u) => account.uses[u] > 0).map((u) =>
    m.uses[u]({ n: account.uses[u], unit }),
  );
  if (account.skipped.length > 0) {
    const byReason = new Map<SkipReason, number>();
    for (const s of account.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    const reasons = [...byReason.entries()].map(([r, n]) => `${m.reasons[r]}: ${n}`).join('; ');
    parts.push(m.skipped({ n: account.skipped.length, unit, reasons }));
  }
  const head = m.read({ unit, read: account.read, tables: account.tables });
  return `${head}\n  ${parts.join('; ')}.\n`;
}
