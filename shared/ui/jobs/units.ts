/**
 * The unit directory and who does what: the list edited in the page (or on `Đơn vị` in a sheet
 * host), the plan's phrases that name no unit mapped to units, more units given to the tasks of
 * the selected rows, and the protections set again.
 */
import { words } from '../../app/message';
import type { Lang } from '../../i18n/catalog';
import { catalog } from '../../i18n';
import type { Unit, UnitGroup } from '../../units/model';
import { GROUP_LABELS } from '../../units/model';
import { el, button, field } from '../dom';
import { translateWithin } from '../page';
import type { JobKit, JobPanel } from './kit';
import { stop } from './kit';

const GROUPS = Object.keys(GROUP_LABELS) as UnitGroup[];

const list = (s: string): string[] =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function unitsJob(kit: JobKit): JobPanel {
  const { doc, act } = kit;
  const body = el(doc, 'tbody', { id: 'units-body' });
  const phrases = el(doc, 'div', { id: 'phrases' });
  const table = el(
    doc,
    'table',
    { id: 'units-table', class: 'figures', hidden: true },
    el(
      doc,
      'thead',
      {},
      el(
        doc,
        'tr',
        {},
        ...[
          'units.code',
          'units.name',
          'units.group',
          'units.emails',
          'units.aliases',
          'app.units.remove',
        ].map((k) => el(doc, 'th', { scope: 'col', i18n: k })),
      ),
    ),
    body,
  );
  let n = 0;
  const groupOptions = (select: HTMLSelectElement, lang: Lang) => {
    const v = select.value;
    select.replaceChildren(...GROUPS.map((g) => new Option(GROUP_LABELS[g][lang], g)));
    select.value = v;
  };
  const addRow = (u: Unit | null) => {
    const k = n++;
    const input = (name: string, value: string, aria: string) =>
      el(doc, 'input', {
        type: 'text',
        id: `unit-${k}-${name}`,
        aria,
        'data-row': String(k + 1),
        value,
      });
    const group = el(doc, 'select', {
      id: `unit-${k}-group`,
      aria: 'units.group',
      'data-row': String(k + 1),
    });
    groupOptions(group, kit.lang());
    group.value = u?.group ?? 'district';
    const tr = el(
      doc,
      'tr',
      {},
      el(doc, 'td', {}, input('code', u?.code ?? '', 'units.code')),
      el(doc, 'td', {}, input('name', u?.name ?? '', 'units.name')),
      el(doc, 'td', {}, group),
      el(doc, 'td', {}, input('emails', u?.emails.join(', ') ?? '', 'units.emails')),
      el(doc, 'td', {}, input('aliases', u?.aliases.join(', ') ?? '', 'units.aliases')),
    );
    const remove = el(
      doc,
      'button',
      { type: 'button', aria: 'app.units.remove', 'data-row': String(k + 1) },
      '×',
    );
    remove.addEventListener('click', () => tr.remove());
    tr.append(el(doc, 'td', {}, remove));
    translateWithin(tr, kit.lang());
    body.append(tr);
  };
  kit.onTranslate((lang) => {
    for (const s of body.querySelectorAll('select')) groupOptions(s, lang);
    for (const i of phrases.querySelectorAll('input')) i.placeholder = catalog(lang).ui.units.mapTo;
  });
  const edited = (): Unit[] =>
    [...body.querySelectorAll('tr')]
      .map((tr) => {
        const v = (name: string) =>
          (tr.querySelector(`[id$="-${name}"]`) as HTMLInputElement).value;
        return {
          code: v('code').trim(),
          name: v('name').trim(),
          group: v('group') as UnitGroup,
          emails: list(v('emails')),
          aliases: list(v('aliases')),
        };
      })
      // a row left wholly empty is no unit; any other row is sent, and refused if it is wrong
      .filter((u) => u.code || u.name || u.emails.length || u.aliases.length);

  const add = button(doc, 'units-add', 'units.add', () => addRow(null));
  const save = button(
    doc,
    'units-save',
    'units.save',
    () => void act.command('saveUnits', async () => ({ input: { units: edited() } })),
    'primary',
  );
  const apply = button(
    doc,
    'mappings-apply',
    'units.applyMappings',
    () =>
      void act.command('saveMappings', async () => {
        const mappings = [...phrases.querySelectorAll('input')]
          .map((i) => ({ phrase: i.dataset.phrase as string, targets: list(i.value) }))
          .filter((m) => m.targets.length > 0);
        if (mappings.length === 0) return stop(words((ui) => ui.app.units.noMappings));
        return { input: { mappings } };
      }),
    'primary',
  );
  for (const b of [add, save, apply]) b.hidden = true;
  const load = button(
    doc,
    'units-load',
    'app.units.load',
    () =>
      void act
        .command('unresolved', async () => ({ input: {} }))
        .then((r) => {
          if (!r?.ok || !r.data) return;
          body.replaceChildren();
          n = 0;
          for (const u of r.data.units) addRow(u);
          table.hidden = false;
          add.hidden = false;
          save.hidden = false;
          phrases.replaceChildren(
            ...r.data.phrases.map((p, k) => {
              const input = el(doc, 'input', { type: 'text', id: `phrase-${k}` });
              input.dataset.phrase = p.phrase;
              input.placeholder = catalog(kit.lang()).ui.units.mapTo;
              return el(
                doc,
                'div',
                { class: 'field' },
                el(doc, 'label', { for: input.id }, `${p.phrase} (${p.tasks.join(', ')})`),
                input,
              );
            }),
          );
          apply.hidden = r.data.phrases.length === 0;
        }),
  );
  const fromSheet =
    kit.bridge.host === 'file'
      ? null
      : button(
          doc,
          'units-from-sheet',
          'app.units.fromSheet',
          () => void act.command('saveUnits', async () => ({ input: {} })),
        );
  const targets = el(doc, 'input', {
    id: 'assign-targets',
    type: 'text',
    placeholder: 'app.units.targetsPlaceholder',
  });
  const assign = kit.allowed('assign')
    ? el(
        doc,
        'div',
        {},
        el(doc, 'h3', { i18n: 'units.assignTitle' }),
        el(doc, 'p', { class: 'hint', i18n: 'app.units.assignHint' }),
        field(doc, 'app.units.targets', targets),
        button(
          doc,
          'assign-apply',
          'units.assignSelected',
          () =>
            void act.command('assign', async () => ({ input: { targets: list(targets.value) } })),
          'primary',
        ),
      )
    : null;
  const protect = kit.allowed('protect')
    ? el(
        doc,
        'div',
        {},
        el(doc, 'h3', { i18n: 'app.units.protectTitle' }),
        el(doc, 'p', { class: 'hint', i18n: 'app.units.protectHint' }),
        button(
          doc,
          'protect',
          'app.units.protect',
          () => void act.command('protect', async () => ({ input: {} })),
        ),
      )
    : null;
  return {
    id: 'units',
    element: el(
      doc,
      'div',
      {},
      el(doc, 'p', { class: 'hint', i18n: 'app.units.hint' }),
      el(doc, 'div', { class: 'stack' }, load, fromSheet),
      el(doc, 'div', { class: 'table-wrap' }, table),
      el(doc, 'div', { class: 'stack' }, add, save),
      el(doc, 'h3', { i18n: 'units.unresolvedTitle' }),
      phrases,
      apply,
      assign,
      protect,
    ),
  };
}
