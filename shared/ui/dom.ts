/**
 * Building the page's elements in a few words. Text that changes with the language is named by
 * its key in the `ui` catalog (`data-i18n`), so `translatePage` puts it in the chosen language.
 */
import { catalog } from '../i18n';

export type Child = Node | string | null | undefined | false;

export interface Attrs {
  /** A key of the `ui` catalog ("app.jobs.plan") for the element's text. */
  i18n?: string;
  /** A key of the `ui` catalog for the accessible name. */
  aria?: string;
  [attr: string]: string | boolean | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'i18n') node.dataset.i18n = value as string;
    else if (name === 'aria') node.dataset.i18nAria = value as string;
    else if (name === 'placeholder') node.dataset.i18nPlaceholder = value as string;
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** A button whose text is a catalog key. */
export function button(
  doc: Document,
  id: string,
  i18n: string,
  onClick: () => void,
  kind: 'primary' | 'plain' = 'plain',
): HTMLButtonElement {
  const b = el(doc, 'button', {
    type: 'button',
    id,
    i18n,
    class: kind === 'primary' ? 'primary' : undefined,
  });
  b.addEventListener('click', onClick);
  return b;
}

/** A labelled field: a label (catalog key) over its control. */
export function field(
  doc: Document,
  label: string,
  control: HTMLElement,
  hint?: string,
): HTMLElement {
  return el(
    doc,
    'div',
    { class: 'field' },
    el(doc, 'label', { for: control.id, i18n: label }),
    hint ? el(doc, 'p', { class: 'hint', i18n: hint }) : null,
    control,
  );
}

/**
 * A file field whose words are the page's own: the browser's file button says "Choose File" in
 * the browser's language, so the input is hidden (still focusable, still labelled) under a button
 * of ours, and the chosen files are named beside it.
 */
export function fileField(
  doc: Document,
  id: string,
  label: string,
  accept: string,
  multiple = false,
): { element: HTMLElement; input: HTMLInputElement } {
  const input = el(doc, 'input', {
    id,
    type: 'file',
    accept,
    multiple,
    class: 'file-input',
    'aria-labelledby': `${id}-name`,
    'aria-describedby': `${id}-chosen`,
  });
  const chosen = el(doc, 'span', {
    id: `${id}-chosen`,
    class: 'hint',
    i18n: 'app.files.noneChosen',
  });
  input.addEventListener('change', () => {
    const names = [...(input.files ?? [])].map((f) => f.name);
    // a file's name is no catalog text; with none chosen the words are again the catalog's
    if (names.length > 0) {
      delete chosen.dataset.i18n;
      chosen.textContent = names.join(', ');
    } else {
      chosen.dataset.i18n = 'app.files.noneChosen';
      chosen.textContent = catalog(
        doc.documentElement.lang === 'en' ? 'en' : 'vi',
      ).ui.app.files.noneChosen;
    }
  });
  const element = el(
    doc,
    'div',
    { class: 'field file-field' },
    el(doc, 'span', { id: `${id}-name`, class: 'field-name', i18n: label }),
    el(
      doc,
      'label',
      { class: 'file-pick' },
      input,
      el(doc, 'span', {
        class: 'file-button',
        i18n: multiple ? 'app.files.chooseMany' : 'app.files.choose',
      }),
    ),
    chosen,
  );
  return { element, input };
}
