/**
 * Accessibility checks of a pane in Chromium, shared by the Excel pane's and the Sheets sidebar's
 * browser tests.
 */
import type { Page } from 'playwright-core';

/**
 * The form controls (input, select, textarea, button; hidden ones too, as another tab shows them)
 * without an accessible name: none of aria-labelledby, aria-label, a <label>, or a button's text.
 */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const textOf = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const nameOf = (el: HTMLElement): string => {
      const by = el.getAttribute('aria-labelledby');
      if (by && textOf(by).trim()) return textOf(by);
      const aria = el.getAttribute('aria-label');
      if (aria && aria.trim()) return aria;
      const labels = (el as HTMLInputElement).labels;
      const fromLabels = labels ? [...labels].map((l) => l.textContent ?? '').join(' ') : '';
      if (fromLabels.trim()) return fromLabels;
      return el.tagName === 'BUTTON' ? (el.textContent ?? '') : '';
    };
    return [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => nameOf(el).trim() === '')
      .map((el) => el.id || el.outerHTML.slice(0, 120));
  });
}

/** The id of the focused element ('BODY' when focus fell to the page). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'BODY' : el.id || el.tagName;
  });
}
