/**
 * The home view, shaped around who is using the book: before a book exists, the office sees a
 * three-step guide (plan → units → share); a unit sees its own work first (its rows, how many are
 * done, still within their deadline, overdue); the office sees the book's totals. Below, the
 * jobs this user may do, as a list that fits 320 px.
 */
import type { Context } from '../app/commands/context';
import type { Lang } from '../i18n/catalog';
import { catalog } from '../i18n';
import { formatCount } from '../i18n/numbers';
import { STATUS_LABELS } from '../tracking/status';
import { isoToDmy } from '../workbook/a1';
import type { UiBridge } from './bridge';
import { el } from './dom';
import type { JobId } from './jobs/kit';

export function homeView(
  doc: Document,
  ctx: Context | null,
  host: UiBridge['host'],
  lang: Lang,
  jobs: readonly JobId[],
  open: (job: JobId) => void,
): HTMLElement {
  const ui = catalog(lang).ui;
  const t = ui.app;
  const parts: (HTMLElement | null)[] = [];
  /** A unit's rows, after its jobs: at 320 px the jobs stay in reach. */
  let rows: HTMLElement | null = null;
  if (ctx && !ctx.hasBook && ctx.who === 'office') {
    const go = el(
      doc,
      'button',
      { type: 'button', class: 'primary', id: 'guide-start' },
      t.guide.start,
    );
    go.addEventListener('click', () => open('plan'));
    parts.push(
      el(
        doc,
        'section',
        { class: 'card guide', 'aria-labelledby': 'guide-title' },
        el(doc, 'h2', { id: 'guide-title' }, t.guide.title),
        el(
          doc,
          'ol',
          {},
          el(doc, 'li', {}, el(doc, 'strong', {}, t.guide.planTitle), ' ', t.guide.plan),
          el(doc, 'li', {}, el(doc, 'strong', {}, t.guide.unitsTitle), ' ', t.guide.units),
          el(doc, 'li', {}, el(doc, 'strong', {}, t.guide.shareTitle), ' ', t.guide.share[host]),
        ),
        go,
      ),
    );
  } else if (ctx && !ctx.hasBook) {
    parts.push(el(doc, 'p', { class: 'card' }, t.noBookYet));
  } else if (ctx?.work) {
    const w = ctx.work;
    const n = (x: number) => formatCount(x, lang);
    const title =
      ctx.who === 'unit'
        ? t.work.unitTitle({ units: ctx.units.map((u) => u.name).join(', ') || t.work.yourUnit })
        : t.work.officeTitle;
    const figure = (label: string, value: number, cls: string) =>
      el(
        doc,
        'div',
        { class: `figure ${cls}` },
        el(doc, 'span', { class: 'value' }, n(value)),
        el(doc, 'span', { class: 'label' }, label),
      );
    const card = el(
      doc,
      'section',
      { class: 'card work', 'aria-labelledby': 'work-title' },
      el(doc, 'h2', { id: 'work-title' }, title),
      el(doc, 'p', { class: 'hint' }, t.work.asOf({ today: isoToDmy(w.today) })),
      el(
        doc,
        'div',
        { class: 'figures-row' },
        figure(t.work.rows, w.rows, 'rows'),
        figure(t.work.done, w.done, 'done'),
        figure(t.work.due, w.due, 'due'),
        figure(t.work.overdue, w.overdue, 'overdue'),
      ),
    );
    if (w.list.length > 0) {
      const c = t.work.columns;
      const shown = w.list.map((r) => {
        const late =
          r.status !== 'done' &&
          r.status !== 'skipped' &&
          r.deadline !== null &&
          r.deadline < w.today;
        return {
          row: String(r.row + 1),
          content: r.content,
          deadline: r.deadline ? isoToDmy(r.deadline) : '',
          status: late
            ? `${STATUS_LABELS[r.status][lang]} · ${t.work.late}`
            : STATUS_LABELS[r.status][lang],
          late,
        };
      });
      // a wide page shows a table; a narrow one (a phone, a 320 px pane) the same rows as cards,
      // each a list item with its task as a heading (CSS shows one of the two)
      const table = el(
        doc,
        'div',
        { class: 'table-wrap rows-table' },
        el(
          doc,
          'table',
          { class: 'figures' },
          el(
            doc,
            'thead',
            {},
            el(
              doc,
              'tr',
              {},
              ...[c.row, c.content, c.deadline, c.status].map((h) =>
                el(doc, 'th', { scope: 'col' }, h),
              ),
            ),
          ),
          el(
            doc,
            'tbody',
            {},
            ...shown.map((r) =>
              el(
                doc,
                'tr',
                r.late ? { class: 'late' } : {},
                el(doc, 'td', { class: 'num' }, r.row),
                el(doc, 'td', { class: 'text' }, r.content),
                el(doc, 'td', { class: 'num' }, r.deadline),
                el(doc, 'td', {}, r.status),
              ),
            ),
          ),
        ),
      );
      const fact = (label: string, value: string, cls = '') =>
        el(
          doc,
          'div',
          cls ? { class: cls } : {},
          el(doc, 'dt', {}, label),
          el(doc, 'dd', {}, value),
        );
      const cards = el(
        doc,
        'ul',
        { class: 'row-cards' },
        ...shown.map((r) =>
          el(
            doc,
            'li',
            { class: r.late ? 'row-card late' : 'row-card' },
            el(doc, 'h3', {}, r.content),
            el(
              doc,
              'dl',
              {},
              fact(c.deadline, r.deadline || '—'),
              fact(c.status, r.status, 'status'),
              fact(c.row, r.row),
            ),
          ),
        ),
      );
      rows = el(
        doc,
        'section',
        { class: 'card', 'aria-labelledby': 'rows-title' },
        el(doc, 'h2', { id: 'rows-title' }, t.work.listTitle),
        table,
        cards,
      );
    }
    parts.push(card);
  }
  const list = el(
    doc,
    'ul',
    { class: 'jobs' },
    ...jobs.map((job) => {
      const b = el(
        doc,
        'button',
        {
          type: 'button',
          id: `job-${job}`,
          class: 'job',
          'aria-labelledby': `job-${job}-name`,
          'aria-describedby': `job-${job}-hint`,
        },
        el(doc, 'span', { class: 'job-title', id: `job-${job}-name` }, t.jobs[job]),
        el(doc, 'span', { class: 'job-hint', id: `job-${job}-hint` }, t.jobs.hints[job]),
      );
      b.addEventListener('click', () => open(job));
      return el(doc, 'li', {}, b);
    }),
  );
  parts.push(
    el(
      doc,
      'nav',
      { 'aria-labelledby': 'jobs-title' },
      el(doc, 'h2', { id: 'jobs-title' }, t.jobsTitle),
      list,
    ),
  );
  parts.push(rows);
  return el(doc, 'div', { id: 'home' }, ...parts);
}

/** "Văn phòng" or the unit's name, and the e-mail where the host tells it. */
export function whoLine(ctx: Context | null, lang: Lang): string {
  const t = catalog(lang).ui.app.who;
  if (!ctx) return '';
  const who =
    ctx.who === 'office'
      ? t.office
      : ctx.units.length > 0
        ? t.unit({ units: ctx.units.map((u) => u.name).join(', ') })
        : t.unitUnknown;
  return ctx.email ? `${who} · ${ctx.email}` : who;
}
