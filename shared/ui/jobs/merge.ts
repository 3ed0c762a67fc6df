/** The unit files sent back, read in the page and merged into the book. */
import { words } from '../../app/message';
import { el, button, fileField } from '../dom';
import { readReturned } from '../read-input';
import type { JobKit, JobPanel } from './kit';
import { stop } from './kit';

export function mergeJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const files = fileField(doc, 'merge-files', 'merge.chooseFiles', '.xlsx', true);
  return {
    id: 'merge',
    element: el(
      doc,
      'div',
      {},
      el(doc, 'p', { class: 'hint', i18n: 'merge.hint' }),
      files.element,
      button(
        doc,
        'merge-apply',
        'merge.merge',
        () =>
          void act.command('merge', async () => {
            const chosen = [...(files.input.files ?? [])];
            if (chosen.length === 0) return stop(words((ui) => ui.app.merge.noFiles));
            const r = await readReturned(chosen, kit.today());
            return {
              input: { returned: r.returned, ...(r.refused > 0 ? { refused: r.refused } : {}) },
              warnings: r.unreadable,
            };
          }),
        'primary',
      ),
    ),
  };
}
