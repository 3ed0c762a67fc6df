/**
 * What a command came back with, shown the same way in every host: a heading that says whether it
 * was done, its message, its notes (a note already said in this visit is not said again: the same
 * host note after every command is noise), the files to keep, its problems grouped, and the
 * changes it logged. Focus moves to it, so that a screen reader reads it and the keyboard is there.
 */
import type { LogEntry } from '../book/model';
import type { Message } from '../app/message';
import type { Problem } from '../errors/problem';
import type { Lang } from '../i18n/catalog';
import { catalog } from '../i18n';
import type { FileBytes } from './bridge';
import { el } from './dom';
import { downloadLink } from './offered-files';
import { problemLines } from './problems';

export interface Shown {
  ok: boolean;
  message?: Message | undefined;
  notes: Message[];
  problems: Problem[];
  log: LogEntry[];
  files: FileBytes[];
  /** The files together, where there are several. */
  zip?: FileBytes | undefined;
}

export class ResultView {
  readonly box: HTMLElement;
  private readonly doc: Document;
  private shown: Shown | null = null;
  private lang: Lang;
  private readonly said = new Set<string>();
  private links: HTMLAnchorElement[] = [];

  constructor(doc: Document, lang: Lang) {
    this.doc = doc;
    this.lang = lang;
    this.box = el(doc, 'section', {
      id: 'result',
      class: 'result',
      tabindex: '-1',
      'aria-labelledby': 'result-title',
      hidden: true,
    });
  }

  show(shown: Shown, focus = true): void {
    const fresh = shown.notes.filter((n) => !this.said.has(n.vi));
    for (const n of fresh) this.said.add(n.vi);
    this.shown = { ...shown, notes: fresh };
    this.draw();
    if (focus) this.box.focus();
  }

  clear(): void {
    this.shown = null;
    this.box.hidden = true;
    this.box.replaceChildren();
  }

  translate(lang: Lang): void {
    this.lang = lang;
    this.draw();
  }

  private draw(): void {
    const s = this.shown;
    if (!s) return;
    const doc = this.doc;
    const ui = catalog(this.lang).ui;
    const t = ui.app.result;
    for (const a of this.links) URL.revokeObjectURL(a.href);
    this.links = [];
    const head = el(doc, 'h2', { id: 'result-title' }, s.ok ? ui.done : ui.failed);
    const parts: (HTMLElement | null)[] = [head];
    if (s.message) parts.push(el(doc, 'p', { class: 'message' }, s.message[this.lang]));
    if (s.notes.length > 0) {
      parts.push(
        el(doc, 'ul', { class: 'notes' }, ...s.notes.map((n) => el(doc, 'li', {}, n[this.lang]))),
      );
    }
    const files = s.zip ? [s.zip, ...s.files] : s.files;
    if (files.length > 0) {
      const items = files.map((f) => {
        const a = downloadLink(doc, f);
        a.textContent =
          f === s.zip ? ui.app.files.downloadAll : ui.app.files.download({ name: f.name });
        this.links.push(a);
        return el(doc, 'li', {}, a);
      });
      parts.push(el(doc, 'h3', {}, t.files), el(doc, 'ul', { class: 'downloads' }, ...items));
    }
    const lines = problemLines(s.problems, this.lang);
    if (lines.length > 0) {
      parts.push(
        el(doc, 'h3', {}, t.problems),
        el(
          doc,
          'ul',
          { class: 'problems' },
          ...lines.map((l) => el(doc, 'li', { class: l.severity }, l.text)),
        ),
      );
    }
    if (s.log.length > 0) parts.push(el(doc, 'h3', {}, t.log), this.logTable(s.log));
    this.box.className = s.ok ? 'result ok' : 'result error';
    this.box.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    this.box.hidden = false;
  }

  private logTable(log: readonly LogEntry[]): HTMLElement {
    const doc = this.doc;
    const t = catalog(this.lang).ui.app.log;
    const cells = (tag: 'th' | 'td', xs: string[]) =>
      el(doc, 'tr', {}, ...xs.map((x) => el(doc, tag, tag === 'th' ? { scope: 'col' } : {}, x)));
    return el(
      doc,
      'div',
      { class: 'table-wrap' },
      el(
        doc,
        'table',
        { class: 'figures' },
        el(doc, 'thead', {}, cells('th', [t.unit, t.task, t.field, t.old, t.value, t.outcome])),
        el(
          doc,
          'tbody',
          {},
          ...log.map((e) =>
            cells('td', [e.unitCode, e.taskId, e.field, e.old, e.new, t.outcomes[e.outcome]]),
          ),
        ),
      ),
    );
  }
}
