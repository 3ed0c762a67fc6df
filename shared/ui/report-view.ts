/**
 * The report shown in the page, the same in both hosts: the figures by period and by unit, and a
 * bar chart of completion for each, drawn as SVG in the page (no chart service, no library). A
 * chart is an image with a text title and a description that reads out every bar.
 */
import type { Lang, UiLabels } from '../i18n/catalog';
import { catalog } from '../i18n';
import type { Counts, Report } from '../report/compute';
import { CLASSIFICATION_LABELS } from '../book/classification';
import { isoToDmy } from '../workbook/a1';
import { formatCount, formatRate } from '../i18n/numbers';

/** A score to two decimals, the decimal mark of the language: 87,5. */
const formatScore = (x: number, lang: Lang): string =>
  lang === 'vi' ? x.toFixed(2).replace('.', ',') : x.toFixed(2);

const SVG = 'http://www.w3.org/2000/svg';

/** One bar: what it stands for and its rate (null where nothing is assigned). */
interface Bar {
  label: string;
  rate: number | null;
}

export class ReportView {
  private readonly box: HTMLElement;
  private report: Report | null = null;
  private lang: Lang;

  constructor(box: HTMLElement, lang: Lang) {
    this.box = box;
    this.lang = lang;
    box.hidden = true;
  }

  show(report: Report): void {
    this.report = report;
    this.draw();
  }

  translate(lang: Lang): void {
    this.lang = lang;
    if (this.report) this.draw();
  }

  private draw(): void {
    const r = this.report;
    if (!r) return;
    const lang = this.lang;
    const ui = catalog(lang).ui;
    const t = ui.report;
    const c = t.columns;
    const doc = this.box.ownerDocument;
    const rate = (x: Counts) => (x.rate === null ? t.nothingDue : formatRate(x.rate, lang));
    const n = (x: number) => formatCount(x, lang);
    const title = heading(doc, 'h3', t.figuresAsOf({ asOf: isoToDmy(r.asOf) }));

    const periodRow = (label: string, p: Counts & { tasks: number }) => [
      label,
      n(p.tasks),
      n(p.assigned),
      n(p.due),
      n(p.doneOfDue),
      n(p.overdue),
      n(p.late),
      rate(p),
      p.progress === null ? t.noRate : formatRate(p.progress, lang),
    ];
    const periods = table(
      doc,
      t.byPeriod,
      [c.period, c.tasks, c.assigned, c.due, c.doneOfDue, c.overdue, c.late, c.rate, c.progress],
      [...r.periods.map((p) => periodRow(p.label, p)), periodRow(t.overall, r.overall)],
    );
    const byPeriod = chart(
      doc,
      'report-chart-periods',
      t.chartByPeriod,
      r.periods.map((p) => ({ label: p.label, rate: p.rate })),
      ui,
      lang,
    );
    const byCode = new Map(r.units.map((u) => [u.code, u]));
    const blocs = r.blocs.flatMap((b, i) => {
      const members = b.units.map((code) => byCode.get(code)!);
      const head = b.head ? (byCode.get(b.head)?.name ?? '') : '';
      return [
        table(
          doc,
          t.bloc({ name: b.name, head }),
          [
            c.rank,
            c.unit,
            c.due,
            c.doneOfDue,
            c.overdue,
            c.late,
            c.rate,
            c.score,
            c.classification,
            c.proposal,
          ],
          members.map((u) => [
            u.rank === null ? '' : n(u.rank),
            u.name,
            n(u.due),
            n(u.doneOfDue),
            n(u.overdue),
            n(u.late),
            rate(u),
            u.score === null ? '' : formatScore(u.score, lang),
            u.classification ? CLASSIFICATION_LABELS[u.classification][lang] : '',
            u.proposal ?? '',
          ]),
        ),
        chart(
          doc,
          `report-chart-bloc-${i + 1}`,
          t.chartBloc({ name: b.name }),
          members.map((u) => ({ label: u.name, rate: u.rate })),
          ui,
          lang,
        ),
      ];
    });
    const others = r.units.filter((u) => u.bloc === '' && u.assigned > 0);
    const notRanked =
      others.length > 0
        ? [
            table(
              doc,
              t.notRanked,
              [c.unit, c.assigned, c.due, c.doneOfDue, c.overdue, c.late, c.rate, c.progress],
              others.map((u) => [
                u.name,
                n(u.assigned),
                n(u.due),
                n(u.doneOfDue),
                n(u.overdue),
                n(u.late),
                rate(u),
                u.progress === null ? t.noRate : formatRate(u.progress, lang),
              ]),
            ),
          ]
        : [];
    this.box.replaceChildren(
      title,
      periods,
      byPeriod,
      heading(doc, 'h4', t.byUnit),
      ...blocs,
      ...notRanked,
    );
    this.box.hidden = false;
  }
}

function heading(doc: Document, tag: 'h3' | 'h4', text: string): HTMLElement {
  const h = doc.createElement(tag);
  h.textContent = text;
  return h;
}

function table(doc: Document, caption: string, head: string[], rows: string[][]): HTMLElement {
  const wrap = doc.createElement('div');
  wrap.className = 'table-wrap';
  const t = doc.createElement('table');
  t.className = 'figures';
  const cap = doc.createElement('caption');
  cap.textContent = caption;
  const thead = doc.createElement('thead');
  const tr = doc.createElement('tr');
  for (const h of head) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    tr.append(th);
  }
  thead.append(tr);
  const tbody = doc.createElement('tbody');
  for (const row of rows) {
    const r = doc.createElement('tr');
    row.forEach((text, i) => {
      const cell = doc.createElement('td');
      cell.textContent = text;
      // figures line up on the right; names and classifications read from the left
      cell.className = /^[\d.,%-]+$|^$/.test(text) && i > 0 ? 'num' : 'text';
      r.append(cell);
    });
    tbody.append(r);
  }
  t.append(cap, thead, tbody);
  wrap.append(t);
  return wrap;
}

const WIDTH = 300;
const ROW = 34;
const BAR = 12;
/** The bars' length at 100%: what is left of the width after the value at their end. */
const FULL = 236;
const LABEL_CHARS = 44;

function svg<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A horizontal bar chart of completion rates: a name above each bar, the rate at its end. */
function chart(
  doc: Document,
  id: string,
  title: string,
  bars: Bar[],
  ui: UiLabels,
  lang: Lang,
): HTMLElement {
  const figure = doc.createElement('figure');
  figure.className = 'chart';
  const height = bars.length * ROW + 4;
  const root = svg(doc, 'svg', {
    id,
    role: 'img',
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    'aria-labelledby': `${id}-title ${id}-desc`,
  });
  const value = (b: Bar) => (b.rate === null ? ui.report.nothingDue : formatRate(b.rate, lang));
  root.append(
    svg(doc, 'title', { id: `${id}-title` }, title),
    svg(
      doc,
      'desc',
      { id: `${id}-desc` },
      ui.report.chartDescription({ bars: bars.map((b) => `${b.label} ${value(b)}`).join('; ') }),
    ),
  );
  bars.forEach((b, i) => {
    const y = i * ROW;
    const label = b.label.length > LABEL_CHARS ? `${b.label.slice(0, LABEL_CHARS - 1)}…` : b.label;
    const g = svg(doc, 'g', { class: 'bar' });
    g.append(
      svg(doc, 'text', { x: 0, y: y + 12, class: 'bar-label' }, label),
      svg(doc, 'rect', { x: 0, y: y + 17, width: FULL, height: BAR, class: 'bar-track' }),
    );
    if (b.rate !== null && b.rate > 0) {
      const w = Math.max(1, Math.round(b.rate * FULL * 10) / 10);
      g.append(svg(doc, 'rect', { x: 0, y: y + 17, width: w, height: BAR, class: 'bar-fill' }));
    }
    g.append(
      svg(doc, 'text', { x: WIDTH, y: y + 28, 'text-anchor': 'end', class: 'bar-value' }, value(b)),
    );
    root.append(g);
  });
  const caption = doc.createElement('figcaption');
  caption.textContent = title;
  figure.append(caption, root);
  return figure;
}
