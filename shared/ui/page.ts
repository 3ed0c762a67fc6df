/**
 * The page both hosts share: its words from the catalogs (`data-i18n` names a key of `ui`,
 * `data-i18n-placeholder` and `data-i18n-aria` the same for a placeholder and an accessible
 * name).
 */
import type { Lang, UiLabels } from '../i18n/catalog';
import { catalog } from '../i18n';

export function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}

/** A label of the `ui` catalog by its dotted path ("plan.build"). */
function lookup(ui: UiLabels, key: string): string {
  let v: unknown = ui;
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === 'string' ? v : key;
}

/** An accessible name from `data-i18n-aria`, with its row number where it names a table row. */
function ariaLabel(ui: UiLabels, el: HTMLElement): string {
  const text = lookup(ui, el.dataset.i18nAria as string);
  return el.dataset.row ? `${text} ${el.dataset.row}` : text;
}

/** Puts the page's words in `lang`. */
export function translatePage(doc: Document, lang: Lang): void {
  doc.documentElement.lang = lang;
  translateWithin(doc, lang);
}

/**
 * Puts the words of a part of the page in `lang`: a part added after the page was translated
 * (a row of a list read later) is named from the start, not at the next change of language.
 */
export function translateWithin(root: ParentNode, lang: Lang): void {
  const ui = catalog(lang).ui;
  const all = <T extends HTMLElement>(sel: string): T[] => {
    const found = [...root.querySelectorAll<T>(sel)];
    return root instanceof HTMLElement && root.matches(sel) ? [root as T, ...found] : found;
  };
  for (const el of all('[data-i18n]')) el.textContent = lookup(ui, el.dataset.i18n as string);
  for (const el of all<HTMLInputElement>('[data-i18n-placeholder]'))
    el.placeholder = lookup(ui, el.dataset.i18nPlaceholder as string);
  for (const el of all('[data-i18n-aria]')) el.setAttribute('aria-label', ariaLabel(ui, el));
}
