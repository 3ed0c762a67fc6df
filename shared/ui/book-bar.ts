/**
 * Browser mode's book, at the top of the page so that the download is in sight at 320 px: open a
 * book (.xlsx), download it, its name and whether it changed since it was downloaded. Closing the
 * page with changes not downloaded warns.
 */
import type { Lang } from '../i18n/catalog';
import { catalog } from '../i18n';
import type { KeptBook } from './bridge';
import { el, fileField } from './dom';
import { downloadLink } from './offered-files';
import { fileBytes } from './read-input';
import type { Act } from './act';
import type { Shown } from './result-view';

export interface BookBar {
  element: HTMLElement;
  /** Says the book's name and state again (after a command, or in another language). */
  update(lang: Lang): void;
}

export function bookBar(
  doc: Document,
  book: KeptBook,
  act: Act,
  show: (shown: Shown) => void,
  opened: () => Promise<void>,
): BookBar {
  const name = el(doc, 'p', { id: 'book-name', class: 'hint', 'aria-live': 'polite' });
  const picker = fileField(doc, 'book-file', 'app.book.open', '.xlsx');
  const file = picker.input;
  const download = el(doc, 'button', {
    type: 'button',
    id: 'book-download',
    class: 'primary',
    i18n: 'app.book.download',
  });
  download.addEventListener('click', () => {
    void book.save().then((f) => {
      if (!f) return;
      const a = downloadLink(doc, f);
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      bar.update(langOf(doc));
    });
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void act.task(async () => {
      const problems = await book.open(await fileBytes(chosen));
      const ok = problems.length === 0;
      if (ok) await opened();
      const said = {
        vi: catalog('vi').ui.app.book.opened({ name: chosen.name }),
        en: catalog('en').ui.app.book.opened({ name: chosen.name }),
      };
      show({ ok, ...(ok ? { message: said } : {}), notes: [], problems, log: [], files: [] });
    });
  });
  const element = el(
    doc,
    'section',
    { id: 'book-bar', class: 'card book-bar', 'aria-labelledby': 'book-title' },
    el(doc, 'h2', { id: 'book-title', i18n: 'app.book.title' }),
    name,
    el(doc, 'div', { class: 'stack' }, download),
    picker.element,
  );
  const bar: BookBar = {
    element,
    update(lang) {
      const t = catalog(lang).ui.app.book;
      const n = book.name();
      name.textContent = n
        ? book.unsaved()
          ? t.unsaved({ name: n })
          : t.name({ name: n })
        : t.none;
      download.hidden = n === null;
    },
  };
  // closing the page would lose what was not downloaded
  doc.defaultView?.addEventListener('beforeunload', (e) => {
    if (!book.unsaved()) return;
    e.preventDefault();
    e.returnValue = '';
  });
  return bar;
}

function langOf(doc: Document): Lang {
  return doc.documentElement.lang === 'en' ? 'en' : 'vi';
}
