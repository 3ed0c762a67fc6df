/**
 * Where browser mode keeps the book between visits: the browser's IndexedDB (room for a
 * province's book, unlike localStorage's few megabytes). The sheets are kept as they are in the
 * page, so a visit starts without reading any file. A browser may refuse (private windows,
 * storage blocked by policy, a full disk): every call may fail, and the caller goes on without.
 */
import type { SheetGrid } from '../../../shared/workbook/spec';

export interface KeptState {
  /** The book's file name. */
  name: string;
  sheets: readonly SheetGrid[];
  /** The file as it was opened, until a command changes the book (it downloads as it was). */
  origin: Uint8Array | null;
  /** Changed since it was last downloaded. */
  unsaved: boolean;
}

export interface BookStore {
  load(): Promise<KeptState | null>;
  save(state: KeptState): Promise<void>;
  clear(): Promise<void>;
}

const DATABASE = 'so-thi-dua';
const STORE = 'kept-book';
/** The shape of what is kept: a state kept by another shape is not taken back. */
const SHAPE = 1;

function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // a full disk aborts the transaction (QuotaExceededError)
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/**
 * The browser's IndexedDB, reached through `factory` (reading `window.indexedDB` itself throws
 * where storage is blocked).
 */
export function indexedDbStore(factory: () => IDBFactory): BookStore {
  async function withStore<T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const opening = factory().open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    const db = await answer(opening);
    try {
      const tx = db.transaction(STORE, mode);
      const result = answer(work(tx.objectStore(STORE)));
      await done(tx);
      return await result;
    } finally {
      db.close();
    }
  }
  return {
    async load() {
      const kept = (await withStore('readonly', (s) => s.get(SHAPE))) as KeptState | undefined;
      return kept ?? null;
    },
    async save(state) {
      await withStore('readwrite', (s) => s.put(state, SHAPE));
    },
    async clear() {
      await withStore('readwrite', (s) => s.delete(SHAPE));
    },
  };
}
