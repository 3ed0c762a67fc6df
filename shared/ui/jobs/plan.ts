/** The first job: a book made from the plan (a file, pasted text, or the table selected in a sheet). */
import { el, button, field } from '../dom';
import type { JobKit, JobPanel } from './kit';
import { stop } from './kit';
import { planInput } from './plan-input';

export function planJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const input = planInput(doc, 'plan');
  const asOfInput = el(doc, 'input', { id: 'plan-asof', type: 'text' });
  const asOf = kit.date(asOfInput, (ui) => ui.plan.asOf);
  const options = () => {
    const d = asOf.read();
    return d.ok ? { ok: true as const, opts: d.iso ? { asOf: d.iso } : {} } : d;
  };
  const build = button(
    doc,
    'plan-build',
    'plan.build',
    () =>
      void act.command('build', async () => {
        const o = options();
        if (!o.ok) return stop(o.message);
        const r = await input.read();
        if ('stop' in r) return r;
        return { input: { plan: r.plan, ...o.opts }, warnings: r.warnings };
      }),
    'primary',
  );
  const fromSelection = kit.allowed('buildFromSelection')
    ? el(
        doc,
        'div',
        {},
        el(doc, 'p', { class: 'hint', i18n: 'plan.fromSelectionHint' }),
        button(
          doc,
          'plan-selection',
          'plan.fromSelection',
          () =>
            void act.command('buildFromSelection', async () => {
              const o = options();
              return o.ok ? { input: o.opts } : stop(o.message);
            }),
        ),
      )
    : null;
  return {
    id: 'plan',
    element: el(
      doc,
      'div',
      {},
      el(doc, 'p', { class: 'hint', i18n: 'app.jobs.planHint' }),
      input.element,
      field(doc, 'plan.asOf', asOfInput),
      build,
      fromSelection,
    ),
  };
}
