/**
 * The server's one entry, `rpc`, in the built Code.js on the strict fake: its reply is the Outcome
 * itself (a plain value, never a promise), a malformed request is said and runs nothing, a command
 * that writes holds the document lock and one that only reads does not, a failure half-way says
 * what was written before it, and the host's own notes (permissions, the advanced service) are
 * said once, not after every command.
 */
import * as fs from 'fs';
import vm from 'node:vm';
import type { Outcome } from '../../shared/app/outcome';
import { OutcomeSchema } from '../../shared/app/rpc';
import type { Plan } from '../../shared/plan/model';
import { readPlanText } from '../../shared/plan/read-plan-text';
import { GROUP_LABELS } from '../../shared/units/model';
import type { AppsScriptFake, LoadedBundle } from '../fakes/apps-script';
import { SAMPLE } from '../helpers/paths';
import { explain } from '../../apps-script/src/server/guard';
import { buildBundle, expectOk, load, OFFICE, selectRows, type Built } from './helpers';

const AS_OF = '2014-07-15';
const STAFF = 'thuongvu.tinhdoan@gmail.com';

let built: Built;
let plan: Plan;

beforeAll(() => {
  built = buildBundle();
  const read = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('sample plan');
  plan = JSON.parse(JSON.stringify(read.value)) as Plan;
});

/** The request as google.script.run sends it; the Outcome as the page gets it. */
const send = (bundle: LoadedBundle, command: string, input: unknown): Outcome =>
  bundle.callFromClient('rpc', { command, input }) as Outcome;

const texts = (ms: readonly { vi: string }[]) => ms.map((m) => m.vi);

describe('the reply of rpc', () => {
  it('is a plain object of the script, not a promise, and parses as an Outcome', () => {
    const { bundle } = load(built);
    const requests = [
      { command: 'context', input: {} },
      { command: 'build', input: { plan, asOf: AS_OF } },
      { command: 'report', input: { asOf: AS_OF } },
    ];
    for (const request of requests) {
      // the value the function returns, before google.script.run copies it
      const reply = bundle.call('rpc', JSON.parse(JSON.stringify(request))) as Outcome;
      const plain = vm.runInContext('Object.prototype', bundle.context) as object;
      expect(Object.getPrototypeOf(reply)).toBe(plain);
      expect(typeof (reply as unknown as { then?: unknown }).then).toBe('undefined');
      const parsed = OutcomeSchema.safeParse(JSON.parse(JSON.stringify(reply)));
      expect(parsed.success).toBe(true);
      expect(reply.ok).toBe(true);
    }
  });

  it('says a malformed request, and runs nothing', () => {
    const { fake, bundle } = load(built);
    fake.calls.reset();
    const r = send(bundle, 'build', { plan: { periods: [] } });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['badRequest']);
    expect(r.problems[0]!.vi).toMatch(/^Dữ liệu gửi lên không hợp lệ: input\.plan\./);
    expect(fake.sheetNames()).toEqual(['Trang tính1']);
    expect(fake.calls.get('Sheet.getRange')).toBe(0);
    // a command not of the table does not even ask for the lock
    fake.calls.reset();
    expect(send(bundle, 'dropEverything', {}).problems[0]!.code).toBe('badRequest');
    expect(Object.keys(fake.calls.byName)).toEqual(['SpreadsheetApp.getActiveSpreadsheet']);
  });
});

describe('the document lock', () => {
  let fake: AppsScriptFake;
  let bundle: LoadedBundle;
  beforeAll(() => {
    ({ fake, bundle } = load(built));
    expectOk(send(bundle, 'build', { plan, asOf: AS_OF }));
  });

  it('is held by a command that writes, which flushes before releasing it', () => {
    fake.calls.reset();
    expectOk(send(bundle, 'refresh', { asOf: AS_OF }));
    expect(fake.calls.get('LockService.getDocumentLock')).toBe(1);
    expect(fake.calls.get('SpreadsheetApp.flush')).toBe(1);
    expect(fake.state.writesWithoutLock).toBe(0);
    expect(fake.state.releasesWithPendingWrites).toBe(0);
  });

  it('is not asked for by a command that only reads, which answers while another writes', () => {
    fake.holdLockElsewhere(true);
    try {
      fake.calls.reset();
      const r = expectOk(send(bundle, 'report', { asOf: AS_OF }));
      expect(r.message?.vi).toBe('Báo cáo tính đến ngày 15/07/2014.');
      expect(fake.calls.get('LockService.getDocumentLock')).toBe(0);
      const busy = send(bundle, 'refresh', { asOf: AS_OF });
      expect(busy.ok).toBe(false);
      expect(texts(busy.notes)).toEqual([
        'Một người khác đang ghi vào bảng tính. Vui lòng thử lại sau ít phút.',
      ]);
    } finally {
      fake.holdLockElsewhere(false);
    }
  });
});

describe('a command that fails half-way', () => {
  it('says in the user’s words why, and which sheets were written before it', () => {
    const { fake, bundle } = load(built, { editors: [OFFICE, STAFF] });
    expectOk(send(bundle, 'build', { plan, asOf: AS_OF }));
    // a member of the standing committee works as the office too
    const units = fake.sheet('Đơn vị').values();
    const row = units.findIndex((r) => r[2] === GROUP_LABELS.standing.vi) + 1;
    fake.seed('Đơn vị', `D${row}`, [[STAFF]]);
    expectOk(send(bundle, 'saveUnits', {}));
    // the owner keeps two cells of Báo cáo to herself
    const p = fake._spreadsheet.getSheetByName('Báo cáo')!.getRange('A1:B2').protect();
    p.removeEditors([STAFF]);
    fake.setUser(STAFF);
    const r = send(bundle, 'refresh', { asOf: AS_OF });
    expect(r.ok).toBe(false);
    expect(texts(r.notes)).toEqual([
      'Bạn không có quyền sửa các ô này (đã được bảo vệ). Mỗi đơn vị chỉ sửa được hàng của mình; hãy liên hệ Văn phòng.',
      'Ghi dở: đã ghi xong Tổng quan; chưa ghi xong Báo cáo. Sổ được đánh dấu là chưa hoàn tất: hãy khôi phục phiên bản trước của tệp (Lịch sử phiên bản) rồi làm lại, để không mất mục nào đã nhập.',
    ]);
    expect(r.notes[1]!.en).toBe(
      'Partly written: Tổng quan done; Báo cáo not finished. The workbook is marked incomplete: restore the previous version (Version history), then do it again, so no entry is lost.',
    );
    expect(fake.state.releasesWithPendingWrites).toBe(0);
  });
});

describe('a service error', () => {
  it('is said in the user’s words, or as it is when it has none', () => {
    const said = (text: string) => explain(new Error(text)).map((m) => m.en);
    expect(said('You do not have permission to edit this range.')).toEqual([
      'Your account can only view this spreadsheet. Ask the office to share it with edit access.',
    ]);
    expect(said('Lock timeout: another process was holding the lock for too long.')).toEqual([
      'Someone else is writing to the spreadsheet. Please try again in a few minutes.',
    ]);
    expect(said('Service Spreadsheets timed out while accessing document')).toEqual([
      'Unexpected error: Service Spreadsheets timed out while accessing document',
    ]);
    // the protections failed after every sheet was drawn
    const after = explain(new Error('Service error'), {
      done: ['Theo dõi'],
      current: null,
      protecting: true,
    });
    expect(after[1]!.vi).toMatch(/^Ghi dở: đã ghi xong Theo dõi; chưa ghi xong phân quyền\./);
  });
});

describe('what the host says of itself', () => {
  it('is said once, again when it changes, and always when the office asks for the permissions', () => {
    const { fake, bundle } = load(built, { editors: [OFFICE] });
    const built1 = expectOk(send(bundle, 'build', { plan, asOf: AS_OF }));
    const first = [
      'Đã phân quyền cho 22 đơn vị; 22 đơn vị chưa có email (chỉ Văn phòng sửa được).',
      'Chưa bật dịch vụ Google Sheets API nâng cao nên không tạo chế độ xem có lọc; mỗi đơn vị dùng "Đến các hàng của đơn vị tôi".',
    ];
    expect(texts(built1.notes)).toEqual(first);
    // the same permissions after assigning a unit: nothing more to say
    const rows = fake.sheet('Theo dõi').values();
    const task = rows.findIndex((r) => r[0] === '2014-Q1-01') + 1;
    selectRows(fake, 'Theo dõi', task, task);
    const assigned = expectOk(send(bundle, 'assign', { targets: ['VP'] }));
    expect(texts(assigned.notes)).toEqual([]);
    // a unit's e-mail changes what there is to say of the permissions, not of the service
    const units = fake.sheet('Đơn vị').values();
    const hq = units.findIndex((r) => r[1] === 'Huyện Đoàn Hà Quảng') + 1;
    fake.seed('Đơn vị', `D${hq}`, [['huyendoan.haquang@gmail.com']]);
    const saved = expectOk(send(bundle, 'saveUnits', {}));
    expect(texts(saved.notes)).toEqual([
      'Đã phân quyền cho 22 đơn vị; 21 đơn vị chưa có email (chỉ Văn phòng sửa được).',
      'Các email sau chưa được chia sẻ quyền chỉnh sửa bảng tính (phân quyền không tự chia sẻ tệp): huyendoan.haquang@gmail.com.',
    ]);
    // asked for, everything is said
    const asked = expectOk(send(bundle, 'protect', {}));
    expect(asked.message?.vi).toBe('Đã đặt lại bảo vệ các trang của sổ.');
    expect(texts(asked.notes)).toEqual([
      'Đã phân quyền cho 22 đơn vị; 21 đơn vị chưa có email (chỉ Văn phòng sửa được).',
      'Các email sau chưa được chia sẻ quyền chỉnh sửa bảng tính (phân quyền không tự chia sẻ tệp): huyendoan.haquang@gmail.com.',
      first[1],
    ]);
    // remembered on the document, not in the script's globals (evaluated again every call)
    expect(Object.keys(fake.documentProperties())).toEqual(['thidua.said']);
  });
});
