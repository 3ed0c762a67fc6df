/**
 * Browser mode's bridge: the book is kept in the page between commands (no .xlsx written or read
 * back after each), written as a file only when downloaded, kept in the browser's storage between
 * visits (here a store of the test's that copies what it keeps, as IndexedDB does; the real one
 * in test/ui/hosts.browser.test.ts), unsaved from a change until downloaded, and still working
 * where the browser will not keep it.
 */
import * as readXlsxModule from '../../shared/files/read-xlsx';
import * as writeModule from '../../shared/xlsx/write';
import { readBookXlsx } from '../../shared/xlsx/book-io';
import type { BookStore, KeptState } from '../../addin/src/host/book-store';
import { readReturnedBytes } from '../../shared/ui/read-input';
import { CLOCK, samplePlan } from './helpers/books';
import { fileBridge, rendered } from './helpers/bridges';

/** A store in memory that copies what it keeps, as the browser's storage does. */
function memoryStore(): BookStore & { kept: KeptState | null; saves: number } {
  const store = {
    kept: null as KeptState | null,
    saves: 0,
    load: () => Promise.resolve(store.kept ? structuredClone(store.kept) : null),
    save: (state: KeptState) => {
      store.saves += 1;
      store.kept = structuredClone(state);
      return Promise.resolve();
    },
    clear: () => {
      store.kept = null;
      return Promise.resolve();
    },
  };
  return store;
}

/** A browser that will not keep anything (storage blocked by policy, a private window). */
const BLOCKED: BookStore = {
  load: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
  save: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
  clear: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
};

const NOT_KEPT =
  'This browser does not let the page keep the workbook (its storage is blocked or full). You can go on working: download the workbook to keep it.';

async function bookOf(bytes: Uint8Array) {
  const read = await readBookXlsx(bytes, { strict: true });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.value.book;
}

afterEach(() => jest.restoreAllMocks());

describe('browser mode keeps the book in the page', () => {
  it('runs command after command on it without writing or reading an .xlsx file, until it is downloaded', async () => {
    const files = await fileBridge();
    expect((await files.run('build', { plan: samplePlan() })).ok).toBe(true);
    // a unit's file returned done, read in the page as the pane reads it
    const unit = (await rendered(await files.run('unitFiles', {}))).find((f) =>
      f.name.startsWith('BTV-'),
    )!;
    const { returned } = await readReturnedBytes([unit], CLOCK.today);
    const reads = jest.spyOn(readXlsxModule, 'readXlsx');
    const writes = jest.spyOn(writeModule, 'writeXlsx');
    const steps = [
      await files.run('refresh', { asOf: '2014-06-30' }),
      await files.run('unresolved', {}),
      await files.run('saveMappings', { mappings: [] }),
      await files.run('merge', { returned }),
      await files.run('amend', { plan: samplePlan() }),
      await files.run('report', {}),
    ];
    expect(steps.map((s) => [s.ok, s.problems.filter((p) => p.severity === 'error')])).toEqual(
      steps.map(() => [true, []]),
    );
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    const saved = await files.book.save();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(reads).not.toHaveBeenCalled();
    const book = await bookOf(saved!.bytes);
    expect(book.asOf).toBe('2014-06-30');
    expect(book.plan.periods.map((p) => p.tasks.length)).toEqual([10, 9, 5, 6]);
    // (opening a file reads it, and the spy sees that)
    reads.mockClear();
    expect(await files.book.open(saved!)).toEqual([]);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('is unsaved from a change until it is downloaded', async () => {
    const files = await fileBridge();
    expect(files.book.unsaved()).toBe(false);
    expect(await files.book.save()).toBeNull();
    await files.run('build', { plan: samplePlan() });
    expect(files.book.unsaved()).toBe(true);
    await files.book.save();
    expect(files.book.unsaved()).toBe(false);
    // reading the report or making the units' files changes nothing
    await files.run('report', {});
    await files.run('unitFiles', {});
    expect(files.book.unsaved()).toBe(false);
    // nor does a command that refuses
    expect((await files.run('mark', { status: 'done' })).ok).toBe(false);
    expect((await files.run('assign', { targets: ['KHÔNG-CÓ'] })).ok).toBe(false);
    expect(files.book.unsaved()).toBe(false);
    await files.run('refresh', {});
    expect(files.book.unsaved()).toBe(true);
    await files.book.close();
    expect(files.book.unsaved()).toBe(false);
    expect(files.book.name()).toBeNull();
  });

  it('downloads a file opened and not changed as it was opened', async () => {
    const first = await fileBridge();
    await first.run('build', { plan: samplePlan() });
    const file = (await first.book.save())!;
    const files = await fileBridge();
    expect(await files.book.open({ name: 'so-cua-toi.xlsx', bytes: file.bytes })).toEqual([]);
    expect(files.book.name()).toBe('so-cua-toi.xlsx');
    expect(files.book.unsaved()).toBe(false);
    const again = await files.book.save();
    expect(again).toEqual({ name: 'so-cua-toi.xlsx', bytes: file.bytes });
    // once changed, it is written from the book, under the name it was opened with
    await files.run('refresh', { asOf: '2014-05-31' });
    const changed = (await files.book.save())!;
    expect(changed.name).toBe('so-cua-toi.xlsx');
    expect((await bookOf(changed.bytes)).asOf).toBe('2014-05-31');
  });
});

describe('browser mode keeps the book between visits', () => {
  it('takes the book back at the next visit, unsaved as it was, and goes on with it', async () => {
    const store = memoryStore();
    const first = await fileBridge(store);
    await first.run('build', { plan: samplePlan() });
    await first.run('refresh', { asOf: '2014-06-30' });
    expect(store.saves).toBe(2);

    const reads = jest.spyOn(readXlsxModule, 'readXlsx');
    const next = await fileBridge(store);
    expect(next.book.name()).toBe('so-theo-doi-2014.xlsx');
    expect(next.book.unsaved()).toBe(true);
    const report = await next.run('report', {});
    expect(report.ok).toBe(true);
    expect(reads).not.toHaveBeenCalled();
    const saved = (await next.book.save())!;
    expect((await bookOf(saved.bytes)).asOf).toBe('2014-06-30');
    // downloaded: the next visit knows it
    expect((await fileBridge(store)).book.unsaved()).toBe(false);
  });

  it('takes back a file opened and not changed as it was opened', async () => {
    const built = await fileBridge();
    await built.run('build', { plan: samplePlan() });
    const file = (await built.book.save())!;
    const store = memoryStore();
    const first = await fileBridge(store);
    await first.book.open(file);
    const next = await fileBridge(store);
    expect(next.book.name()).toBe('so-theo-doi-2014.xlsx');
    expect(next.book.unsaved()).toBe(false);
    expect((await next.book.save())!.bytes).toEqual(file.bytes);
  });

  it('forgets the book when it is closed', async () => {
    const store = memoryStore();
    const first = await fileBridge(store);
    await first.run('build', { plan: samplePlan() });
    await first.book.close();
    expect(store.kept).toBeNull();
    expect((await fileBridge(store)).book.name()).toBeNull();
  });

  it('where the browser will not keep it, says so once and goes on working', async () => {
    const files = await fileBridge(BLOCKED);
    expect(files.book.name()).toBeNull();
    const built = await files.run('build', { plan: samplePlan() });
    expect(built.ok).toBe(true);
    expect(built.notes.map((n) => n.en)).toEqual([NOT_KEPT]);
    const refreshed = await files.run('refresh', { asOf: '2014-06-30' });
    expect(refreshed.ok).toBe(true);
    expect(refreshed.notes).toEqual([]);
    expect(files.book.unsaved()).toBe(true);
    const saved = (await files.book.save())!;
    expect((await bookOf(saved.bytes)).asOf).toBe('2014-06-30');
    expect(files.book.unsaved()).toBe(false);
    await files.book.close();
    expect(files.book.name()).toBeNull();
  });

  it('where the storage is full, says so once and goes on working', async () => {
    const store = memoryStore();
    store.save = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const files = await fileBridge(store);
    const built = await files.run('build', { plan: samplePlan() });
    expect(built.notes.map((n) => n.vi)).toEqual([
      'Trình duyệt này không cho trang giữ sổ (bộ nhớ bị chặn hoặc đã đầy). Bạn vẫn làm việc được: hãy tải sổ về để giữ.',
    ]);
    expect((await files.run('refresh', {})).notes).toEqual([]);
    expect(files.book.name()).toBe('so-theo-doi-2014.xlsx');
  });
});
