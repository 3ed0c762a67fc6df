/**
 * Date fields as Vietnamese offices write dates: a text input that reads d/m/yyyy or dd/mm/yyyy
 * (with '/', '.' or '-'; also yyyy-mm-dd) and shows dd/mm/yyyy, whatever the browser's or
 * Office's locale. An `<input type=date>` shows mm/dd/yyyy in an English browser, next to
 * messages that say dd/mm/yyyy; this field never does.
 */
import type { Message } from '../app/message';
import { words } from '../app/message';
import type { Lang, UiLabels } from '../i18n/catalog';
import { catalog } from '../i18n';
import { isoToDmy } from '../workbook/a1';
import { parseDateText } from '../workbook/cells';

/** What a date field holds: a date (ISO), nothing, or text that is not a date. */
export type DateRead = { ok: true; iso: string | null } | { ok: false; message: Message };

/** Reads what was typed in the field named by `field`; the error names the field. */
function readDateText(text: string, field: (ui: UiLabels) => string): DateRead {
  const t = text.trim();
  if (t === '') return { ok: true, iso: null };
  const iso = parseDateText(t);
  if (iso) return { ok: true, iso };
  return { ok: false, message: words((ui) => ui.dates.invalid({ field: field(ui), text: t })) };
}

export class DateField {
  readonly input: HTMLInputElement;
  private readonly error: HTMLElement;
  private readonly field: (ui: UiLabels) => string;
  private shown: Message | null = null;
  private lang: Lang;

  constructor(input: HTMLInputElement, field: (ui: UiLabels) => string, lang: Lang) {
    this.input = input;
    this.field = field;
    this.lang = lang;
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.dataset.i18nPlaceholder = 'dates.format';
    input.placeholder = catalog(lang).ui.dates.format;
    const doc = input.ownerDocument;
    this.error = doc.createElement('p');
    this.error.id = `${input.id}-error`;
    this.error.className = 'field-error';
    this.error.hidden = true;
    input.insertAdjacentElement('afterend', this.error);
    input.setAttribute('aria-describedby', this.error.id);
    // Leaving the field shows its date the way it will be read. What is wrong with it is said
    // when an action reads it: said on leaving, it would move the button being clicked.
    input.addEventListener('change', () => {
      const r = readDateText(input.value, field);
      if (r.ok && r.iso) input.value = isoToDmy(r.iso);
    });
    input.addEventListener('input', () => {
      if (this.shown) this.show(null);
    });
  }

  /** The date in the field (ISO) or null when empty; an error shown at the field otherwise. */
  read(): DateRead {
    const r = readDateText(this.input.value, this.field);
    this.show(r.ok ? null : r.message);
    if (r.ok && r.iso) this.input.value = isoToDmy(r.iso);
    return r;
  }

  /** Puts a date (ISO) in the field, or empties it. */
  set(iso: string | null): void {
    this.input.value = iso ? isoToDmy(iso) : '';
    this.show(null);
  }

  /** The error, if one is shown, in the page's new language. */
  translate(lang: Lang): void {
    this.lang = lang;
    this.show(this.shown);
  }

  private show(message: Message | null): void {
    this.shown = message;
    this.error.textContent = message ? message[this.lang] : '';
    this.error.hidden = message === null;
    if (message) this.input.setAttribute('aria-invalid', 'true');
    else this.input.removeAttribute('aria-invalid');
  }
}

/** The date fields of the pane and the sidebar (the same ids in both), with their names. */
