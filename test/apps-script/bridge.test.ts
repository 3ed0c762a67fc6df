/**
 * The sidebar's bridge to its server: the one RPC through google.script.run, its answer checked;
 * a call that fails on the way or an answer that is not an Outcome becomes an Outcome that says
 * so (never a throw); returned files too large for one call go in batches, each merged whole,
 * told as one outcome that names a batch that did not go in.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { ScriptRun } from '../../apps-script/src/client/bridge';
import { failureOf, SheetsBridge } from '../../apps-script/src/client/bridge';
import { vi } from '../../shared/i18n/vi';
import type { RpcRequest } from '../../shared/app/rpc';
import type { FileBytes, KeptBook, UiBridge } from '../../shared/ui/bridge';
import type { Returned } from '../../shared/book/consolidate';
import { returnedOf } from '../../shared/book/consolidate';
import { splitBook } from '../../shared/book/split';
import type { Plan } from '../../shared/plan/model';
import { readPlanText } from '../../shared/plan/read-plan-text';
import { readBook } from '../../shared/read/book';
import { readBookXlsx, writeUnitXlsx } from '../../shared/xlsx/book-io';
import { outputDir, SAMPLE } from '../helpers/paths';
import { buildBundle, expectOk, gridsOf, load, rowsOfUnit, sidebarBridge } from './helpers';

/** google.script.run whose one call answers `answer()` (or fails with `fail`), later. */
function runner(answer: () => unknown, fail?: string): () => ScriptRun {
  return () => {
    let ok: (v: unknown) => void = () => undefined;
    let bad: (e: unknown) => void = () => undefined;
    const run: ScriptRun = {
      withSuccessHandler(f) {
        ok = f;
        return run;
      },
      withFailureHandler(f) {
        bad = f;
        return run;
      },
      rpc() {
        setTimeout(() => (fail ? bad(new Error(fail)) : ok(answer())), 0);
      },
    };
    return run;
  };
}

describe('the bridge', () => {
  it('is the one UI’s bridge for Sheets: no book kept in the page, files offered as links', () => {
    const bridge: UiBridge = new SheetsBridge();
    expect(bridge.host).toBe('sheets');
    // the book is the spreadsheet itself, not an .xlsx kept in the page (browser mode's)
    const kept: KeptBook | undefined = bridge.book;
    expect(kept).toBeUndefined();
    // the sidebar's download links work: nothing to open as a new workbook
    const open: ((file: FileBytes) => Promise<boolean>) | undefined = bridge.open;
    expect(open).toBeUndefined();
  });
});

describe('a call that goes wrong', () => {
  it('fails on the way: an Outcome that says it, in both languages, without Apps Script’s words', async () => {
    const bridge = new SheetsBridge({
      run: runner(() => null, 'NetworkError: Connection failure due to HTTP 0'),
    });
    const o = await bridge.run('report', {});
    expect(o).toEqual({
      ok: false,
      problems: [],
      notes: [
        {
          vi: 'Mất kết nối tới Google Sheets, nên việc này có thể chưa xong. Hãy kiểm tra mạng, xem lại bảng tính rồi làm lại.',
          en: 'The connection to Google Sheets was lost, so this may not be done. Check the network and the spreadsheet, then try again.',
        },
      ],
      log: [],
      files: [],
    });
  });

  it('is said by its kind, as Apps Script words each failure', () => {
    const kinds = [
      'Exception: Service Spreadsheets timed out while accessing document with id 1AbC.',
      'Exceeded maximum execution time',
      'Authorization is required to perform that action.',
      'Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
      'NetworkError: Connection failure due to HTTP 0',
      'Exception: Service invoked too many times for one day: spreadsheets.',
      "We're sorry, a server error occurred. Please wait a bit and try again.",
      'TypeError: Cannot read properties of null',
    ].map((m) => failureOf(new Error(m)));
    expect(kinds).toEqual([
      'timeout',
      'timeout',
      'permission',
      'permission',
      'network',
      'busy',
      'busy',
      'other',
    ]);
  });

  it('has no google.script.run to go through (the page outside Sheets)', async () => {
    const o = await new SheetsBridge().run('context', {});
    expect(o.ok).toBe(false);
    expect(o.notes.map((n) => n.vi)).toEqual([vi.ui.sheets.callFailed({ why: 'other' })]);
  });

  it('cannot be sent (an input the page made wrong): said, not thrown', async () => {
    const bridge = new SheetsBridge({ run: runner(() => null) });
    const o = await bridge.run('merge', {} as never);
    expect(o.ok).toBe(false);
    expect(o.notes.map((n) => n.vi)).toEqual([vi.ui.sheets.callFailed({ why: 'other' })]);
  });

  it('comes back as something that is not an Outcome (google.script.run gives null for a Date)', async () => {
    const o = await new SheetsBridge({ run: runner(() => null) }).run('context', {});
    expect(o.ok).toBe(false);
    expect(o.notes.map((n) => n.vi)).toEqual([
      'Không hiểu được câu trả lời của Google Sheets ((outcome): Invalid input: expected object, received null); thao tác có thể đã được thực hiện: hãy xem lại bảng tính.',
    ]);
  });
});

describe('merging many returned files', () => {
  const AS_OF = '2014-07-15';

  /** Three districts' files, each with its rows marked done, as the sidebar reads them. */
  async function returnedFiles(fake: Parameters<typeof gridsOf>[0]): Promise<Returned[]> {
    const read = readBook(gridsOf(fake), { strict: true, today: AS_OF });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const parts = splitBook(read.value.book, '2014-07-15T03:00:00.000Z').slice(0, 3);
    const dir = outputDir('apps-script-bridge');
    const out: Returned[] = [];
    for (const part of parts) {
      const bytes = await writeUnitXlsx(part);
      if (!bytes.ok) throw new Error('unit file');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes.value) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Theo dõi')!;
      for (let r = 2; r <= ws.rowCount; r++) ws.getRow(r).getCell(8).value = 'Đang thực hiện';
      const name = `${part.meta.unitCode}.xlsx`;
      fs.writeFileSync(path.join(dir, name), Buffer.from(await wb.xlsx.writeBuffer()));
      const back = await readBookXlsx(new Uint8Array(fs.readFileSync(path.join(dir, name))), {
        file: name,
        strict: false,
      });
      if (!back.ok) throw new Error(JSON.stringify(back.problems));
      out.push(returnedOf(name, back.value, []));
    }
    return JSON.parse(JSON.stringify(out)) as Returned[];
  }

  const built = buildBundle();
  const plan = ((): Plan => {
    const r = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
    if (!r.ok) throw new Error('plan');
    return JSON.parse(JSON.stringify(r.value)) as Plan;
  })();

  /** A book, and files returned from it (each book has its own key: files are not swapped). */
  async function book() {
    const { fake, bundle } = load(built);
    expectOk(await sidebarBridge(bundle).run('build', { plan, asOf: AS_OF }));
    const files = await returnedFiles(fake);
    // room for any one of them in a call, not for two
    const sizes = files.map((f) => JSON.stringify(f).length);
    const limit = Math.max(...sizes) + 100;
    expect(Math.min(...sizes) * 2).toBeGreaterThan(limit);
    return { fake, bundle, files, codes: files.map((f) => f.file), limit };
  }

  it('sends them in calls each under the limit, without the plan’s text, told as one', async () => {
    const { fake, bundle, files, codes, limit } = await book();
    const sent: RpcRequest[] = [];
    const batches: string[] = [];
    const sidebar = sidebarBridge(bundle, {
      sent,
      batchBytes: limit,
      onBatch: (p) => batches.push(`${p.batch}/${p.of}: ${p.files}`),
    });
    const o = expectOk(await sidebar.run('merge', { returned: files, refused: 1 }));
    expect(batches).toEqual(['1/3: 1', '2/3: 1', '3/3: 1']);
    expect(sent.map((r) => r.command)).toEqual(['merge', 'merge', 'merge']);
    for (const r of sent) expect(JSON.stringify(r.input).length).toBeLessThan(limit);
    const inputs = sent.map((r) => r.input as { returned: Returned[]; refused?: number });
    expect(inputs.map((i) => i.returned.map((f) => f.file))).toEqual(codes.map((c) => [c]));
    // the unreadable file is counted once, with the first batch
    expect(inputs.map((i) => i.refused)).toEqual([1, undefined, undefined]);
    // the server gets the returned book's identity and what was sent out, not its plan
    expect(Object.keys(inputs[0]!.returned[0]!.book).sort()).toEqual(['base', 'meta']);
    expect(o.data.merged).toEqual(codes);
    const applied = o.log.filter((e) => e.outcome === 'applied').length;
    expect(applied).toBeGreaterThan(0);
    expect(o.message?.vi).toBe(
      `Đã gộp 3 tệp (từ chối 1): ${applied} thay đổi, 0 xung đột, 0 bị từ chối.`,
    );
    const read = readBook(gridsOf(fake), { strict: true, today: AS_OF });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    for (const code of files.map((f) => f.book.meta.unitCode!)) {
      const name = read.value.book.units.find((u) => u.code === code)!.name;
      const first = rowsOfUnit(fake, name)[0]!;
      expect(fake.sheet('Theo dõi').values(`H${first}`)).toEqual([['Đang thực hiện']]);
    }
  });

  it('says which batch did not go in, and merges the others', async () => {
    const { fake, bundle, files, codes, limit } = await book();
    const sidebar = sidebarBridge(bundle, {
      batchBytes: limit,
      // someone else writes while the second batch is sent
      onBatch: (p) => fake.holdLockElsewhere(p.batch === 2),
    });
    const o = await sidebar.run('merge', { returned: files });
    expect(o.ok).toBe(false);
    expect(o.data?.merged).toEqual([codes[0], codes[2]]);
    expect(o.data?.refused).toEqual([codes[1]]);
    expect(o.notes.map((n) => n.vi)).toEqual([
      `Đợt 2/3 chưa gộp được (các tệp ${codes[1]}).`,
      'Một người khác đang ghi vào bảng tính. Vui lòng thử lại sau ít phút.',
    ]);
    expect(o.message?.vi).toMatch(/^Đã gộp 2 tệp \(từ chối 1\)/);
  });

  it('goes in one call when it fits, with the server’s own outcome', async () => {
    const { bundle, files } = await book();
    const sent: RpcRequest[] = [];
    const o = expectOk(await sidebarBridge(bundle, { sent }).run('merge', { returned: files }));
    expect(sent).toHaveLength(1);
    expect(o.message?.vi).toMatch(/^Đã gộp 3 tệp \(từ chối 0\)/);
  });
});
