/**
 * Marking the selected rows of `Theo dõi`: the page first says which rows and which units are
 * selected, and writes only once the user agrees. A unit can go to its own rows first.
 */
import { catalog } from '../../i18n';
import { askInline } from '../confirm';
import { el, button, field } from '../dom';
import { MarkForm } from '../mark-form';
import type { JobKit, JobPanel } from './kit';
import type { MarkPatch } from '../../book/mark';

export function markJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const status = el(doc, 'select', { id: 'mark-status' });
  const dateInput = el(doc, 'input', { id: 'mark-date', type: 'text' });
  const clear = el(doc, 'input', { id: 'mark-clear-date', type: 'checkbox' });
  const evidence = el(doc, 'input', { id: 'mark-evidence', type: 'text' });
  const note = el(doc, 'input', { id: 'mark-note', type: 'text' });
  const date = kit.date(dateInput, (ui) => ui.mark.doneDate);
  const panel = el(
    doc,
    'div',
    {},
    el(doc, 'p', { class: 'hint', i18n: 'mark.hint' }),
    kit.who() === 'unit'
      ? button(
          doc,
          'mark-mine',
          'app.mark.mine',
          () => void act.command('selectMine', async () => ({ input: {} })),
        )
      : null,
    field(doc, 'mark.status', status),
    el(
      doc,
      'div',
      { class: 'field' },
      el(doc, 'label', { for: 'mark-date', i18n: 'mark.doneDate' }),
      dateInput,
      el(
        doc,
        'div',
        { class: 'check' },
        clear,
        el(doc, 'label', { for: 'mark-clear-date', i18n: 'mark.clearDate' }),
      ),
    ),
    field(doc, 'mark.evidence', evidence),
    field(doc, 'mark.note', note),
  );
  // the form's controls must be in the page before MarkForm finds them by id
  const form = () => new MarkForm(doc, date);
  let markForm: MarkForm | null = null;
  const ready = () => (markForm ??= form());
  kit.onTranslate((lang) => ready().translate(lang));

  const seeSelected = button(doc, 'mark-preview', 'app.mark.preview', () => {
    void act.command('selected', async () => ({ input: {} }));
  });
  const apply = button(
    doc,
    'mark-apply',
    'mark.apply',
    () => {
      void (async () => {
        const read = ready().read();
        if (!read.ok) {
          act.refuse(read.message);
          return;
        }
        const patch: MarkPatch = read.patch;
        if (Object.keys(patch).length === 0) {
          // the command says what is missing
          await act.command('mark', async () => ({ input: patch }));
          return;
        }
        const seen = await act.command('selected', async () => ({ input: {} }));
        if (!seen?.ok || !seen.message) return;
        const lang = kit.lang();
        const ui = catalog(lang).ui;
        const yes = await askInline(doc, {
          question: `${seen.message[lang]} ${ui.app.mark.confirm}`,
          yes: ui.app.mark.write,
          no: ui.app.cancel,
        });
        if (!yes) {
          act.refuse({ vi: catalog('vi').ui.cancelled, en: catalog('en').ui.cancelled });
          return;
        }
        await act.command('mark', async () => ({ input: patch }));
      })();
    },
    'primary',
  );
  panel.append(el(doc, 'div', { class: 'stack' }, seeSelected, apply));
  return { id: 'mark', element: panel };
}
