/**
 * The UI's language, one store for both hosts: Vietnamese unless the user chose English, and
 * that choice remembered. Neither Office's display language nor the browser's is followed: an
 * English Office is common among Vietnamese staff and must not switch them to English unasked.
 */
import type { Lang } from '../i18n/catalog';

const KEY = 'thidua.lang';

/** The part of `localStorage` the store uses. */
export type LangStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LangStore {
  get(): Lang;
  set(lang: Lang): void;
}

/**
 * The page's localStorage, or null where it cannot be used: reading `localStorage` throws in a
 * frame whose storage is blocked (third-party cookies off, a locked-down webview).
 */
export function pageStorage(win: { localStorage: Storage }): LangStorage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/** Without storage (or when it refuses), the choice holds for this visit only. */
export function langStore(storage: LangStorage | null): LangStore {
  let lang: Lang = 'vi';
  try {
    const saved = storage?.getItem(KEY);
    if (saved === 'en' || saved === 'vi') lang = saved;
  } catch {
    // storage that throws on read: Vietnamese
  }
  return {
    get: () => lang,
    set(next) {
      lang = next;
      try {
        storage?.setItem(KEY, next);
      } catch {
        // full or refused: the choice still holds until the page closes
      }
    },
  };
}
