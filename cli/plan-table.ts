/** The plan as a readable table for the terminal. */
import type { Plan } from '../shared/plan/model';

const dmy = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '…');

function clip(s: string, width: number): string {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

export function formatPlanTable(plan: Plan): string {
  const d = plan.document;
  const out: string[] = [];
  const head = [
    d.kind ?? 'KẾ HOẠCH',
    d.number ? `số ${d.number}` : 'chưa có số',
    d.place,
    d.date ? dmy(d.date) : null,
  ]
    .filter(Boolean)
    .join(', ');
  out.push(head);
  if (d.title) out.push(d.title);
  const tasks = plan.periods.reduce((n, p) => n + p.tasks.length, 0);
  out.push(`Căn cứ: ${plan.bases.length} · Kỳ: ${plan.periods.length} · Công việc: ${tasks}`);
  for (const p of plan.periods) {
    out.push('');
    out.push(`${p.label}  (${dmy(p.start)} – ${dmy(p.end)})  ${p.tasks.length} công việc`);
    out.push(`  ${'STT'.padEnd(4)} ${'Nội dung công việc'.padEnd(60)} Chỉ đạo, thực hiện`);
    for (const t of p.tasks) {
      const who = [...t.owners, ...t.support.map((s) => `phối hợp: ${s}`)].join('; ');
      out.push(`  ${String(t.no).padEnd(4)} ${clip(t.content, 60)} ${who}`);
    }
  }
  if (plan.signature?.name) {
    out.push('');
    out.push(`Ký: ${[plan.signature.title, plan.signature.name].filter(Boolean).join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
