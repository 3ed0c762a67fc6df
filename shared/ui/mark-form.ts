/**
 * The marking form of both hosts: a status (or unchanged), a completion date (or clear it),
 * evidence and a note, read into the patch the mark command takes.
 */
import type { MarkPatch } from '../book/mark';
import type { Message } from '../app/message';
import type { Lang } from '../i18n/catalog';
import { catalog } from '../i18n';
import { STATUS_LABELS, STATUSES, type Status } from '../tracking/status';
import type { DateField } from './date-field';
import { byId } from './page';

export class MarkForm {
  private readonly doc: Document;
  private readonly date: DateField;

  constructor(doc: Document, date: DateField) {
    this.doc = doc;
    this.date = date;
    const clear = this.clear();
    // a date typed and "clear the date" ticked would contradict each other
    clear.addEventListener('change', () => {
      date.input.disabled = clear.checked;
      if (clear.checked) date.set(null);
    });
  }

  private clear(): HTMLInputElement {
    return byId<HTMLInputElement>(this.doc, 'mark-clear-date');
  }

  private text(id: string): string {
    return byId<HTMLInputElement>(this.doc, id).value;
  }

  /** The status choices in `lang`, keeping the one chosen. */
  translate(lang: Lang): void {
    const select = byId<HTMLSelectElement>(this.doc, 'mark-status');
    const value = select.value;
    select.replaceChildren(
      new Option(catalog(lang).ui.mark.statusUnchanged, ''),
      ...STATUSES.map((s) => new Option(STATUS_LABELS[s][lang], s)),
    );
    select.value = value;
  }

  /** What to write to the selected rows; only what was filled in (or cleared). */
  read(): { ok: true; patch: MarkPatch } | { ok: false; message: Message } {
    const patch: MarkPatch = {};
    const status = this.text('mark-status');
    if (status) patch.status = status as Status;
    if (this.clear().checked) patch.doneDate = null;
    else {
      const date = this.date.read();
      if (!date.ok) return date;
      if (date.iso) patch.doneDate = date.iso;
    }
    const evidence = this.text('mark-evidence');
    if (evidence) patch.evidence = evidence;
    const note = this.text('mark-note');
    if (note) patch.note = note;
    return { ok: true, patch };
  }
}
