/**
 * Building the page's elements in a few words. Text that changes with the language is named by
 * its key in the `ui` catalog (`data-i18n`), so `translatePage` puts it in the chosen language.
 */
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
