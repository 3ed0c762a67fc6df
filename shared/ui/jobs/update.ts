/** An amended plan applied to the book; the entries stay. */
import { el, button } from '../dom';
import type { JobKit, JobPanel } from './kit';
import { planInput } from './plan-input';

export function updateJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const input = planInput(doc, 'update');
  return {
    id: 'update',
    element: el(
      doc,
      'div',
      {},
      el(doc, 'p', { class: 'hint', i18n: 'update.hint' }),
      input.element,
      button(
        doc,
        'update-apply',
        'update.apply',
        () =>
          void act.command('amend', async () => {
            const r = await input.read();
            return 'stop' in r ? r : { input: { plan: r.plan }, warnings: r.warnings };
          }),
        'primary',
      ),
    ),
  };
}
