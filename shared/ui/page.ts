/**
 * The page both hosts share: its words from the catalogs (`data-i18n` names a key of `ui`,
 * `data-i18n-placeholder` and `data-i18n-aria` the same for a placeholder and an accessible
 * name), its tabs (the ARIA tabs pattern), and where focus may go back after an action.
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
export function ariaLabel(ui: UiLabels, el: HTMLElement): string {
  const text = lookup(ui, el.dataset.i18nAria as string);
  return el.dataset.row ? `${text} ${el.dataset.row}` : text;
}

/** Puts the page's words in `lang`. */
export function translatePage(doc: Document, lang: Lang): void {
  const ui = catalog(lang).ui;
  doc.documentElement.lang = lang;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]'))
    el.textContent = lookup(ui, el.dataset.i18n as string);
  for (const el of doc.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
    el.placeholder = lookup(ui, el.dataset.i18nPlaceholder as string);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-aria]'))
    el.setAttribute('aria-label', ariaLabel(ui, el));
}

/**
 * Wires the page's tabs: a click shows a tab's panel; the arrow keys, Home and End move between
 * tabs; only the selected tab is in the Tab order. The first tab starts selected.
 */
export function wireTabs(doc: Document): void {
  const tabs = [...doc.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      byId(doc, t.getAttribute('aria-controls') as string).hidden = !on;
    }
    if (focus) tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i }[e.key];
      if (step === undefined) return;
      e.preventDefault();
      select(tabs[(i + step + tabs.length) % tabs.length] as HTMLElement, true);
    });
  });
  if (tabs[0]) select(tabs[0], false);
}

/** Whether an element can hold focus: on the page, shown (not in a hidden panel) and enabled. */
export function canFocus(el: HTMLElement): boolean {
  return (
    el !== el.ownerDocument.body &&
    el.isConnected &&
    !(el as HTMLButtonElement).disabled &&
    el.getClientRects().length > 0
  );
}
