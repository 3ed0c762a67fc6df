/**
 * A unit list saved from Excel whichever way the office saved it: "CSV UTF-8", "Unicode text"
 * (UTF-16 with tabs), plain "CSV" on Vietnamese Windows (code page 1258), typed in the legacy
 * TCVN3 font, or not a CSV at all.
 */
import { blocOf } from '../../shared/units/model';
import { readUnitsCsvBytes } from '../../shared/units/read-units-csv';
import { toTcvn3, toWindows1258 } from '../helpers/legacy-encoders';
import { fixture, smallXlsx } from '../helpers/bad-files';

const CSV = [
  'Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác',
  'BTV,Ban Thường vụ Tỉnh Đoàn,Ban Thường vụ,,BTV Tỉnh Đoàn',
  'QH,Huyện Đoàn Quảng Hòa,Cấp huyện,qh@example.org,',
  'TKHP,Huyện Đoàn Trùng Khánh,Cấp huyện,,',
].join('\r\n');
const NAMES = ['Ban Thường vụ Tỉnh Đoàn', 'Huyện Đoàn Quảng Hòa', 'Huyện Đoàn Trùng Khánh'];

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}

function names(r: ReturnType<typeof readUnitsCsvBytes>): string[] {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.map((u) => u.name);
}

describe('readUnitsCsvBytes', () => {
  it('reads CSV UTF-8, with or without a BOM, saying nothing', () => {
    for (const bytes of [
      new TextEncoder().encode(CSV),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]),
    ]) {
      const r = readUnitsCsvBytes(bytes, 'don-vi.csv');
      expect(names(r)).toEqual(NAMES);
      expect(r.ok && r.warnings).toEqual([]);
    }
  });

  it("reads Excel's Unicode text: UTF-16 with tabs, with or without its BOM", () => {
    const tabs = CSV.replace(/,/g, '\t');
    expect(names(readUnitsCsvBytes(utf16le(tabs, true), 'don-vi.txt'))).toEqual(NAMES);
    expect(names(readUnitsCsvBytes(utf16le(tabs, false), 'don-vi.txt'))).toEqual(NAMES);
  });

  it('reads a CSV in Windows-1258 and says which code page it took', () => {
    const r = readUnitsCsvBytes(toWindows1258(CSV), 'don-vi.csv');
    expect(names(r)).toEqual(NAMES);
    expect(r.ok && r.warnings).toEqual([
      {
        code: 'csvEncoding',
        severity: 'warning',
        vi: 'Tệp CSV không dùng bảng mã UTF-8; đã đọc theo bảng mã Windows-1258. Hãy kiểm tra lại tên các đơn vị (khi lưu từ Excel, nên chọn "CSV UTF-8").',
        en: 'The CSV file is not in UTF-8; it was read as Windows-1258. Check the units\' names (when saving from Excel, choose "CSV UTF-8").',
        at: { file: 'don-vi.csv' },
      },
    ]);
  });

  it('reads names typed in the TCVN3 font, and says so', () => {
    const bytes = new Uint8Array([...toTcvn3(CSV)].map((c) => c.charCodeAt(0)));
    const r = readUnitsCsvBytes(bytes, 'don-vi.csv');
    expect(names(r)).toEqual(NAMES);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['legacyEncodingConverted']);
  });

  it('names what a file is when it is no CSV', async () => {
    const cases: [Uint8Array, string, string][] = [
      [await smallXlsx(), 'một sổ Excel (.xlsx)', 'an Excel workbook (.xlsx)'],
      [fixture('btv.xls'), 'một tệp Excel cũ (.xls)', 'an old Excel file (.xls)'],
    ];
    for (const [bytes, vi, en] of cases) {
      const r = readUnitsCsvBytes(bytes, 'don-vi.csv');
      expect(r.ok ? null : r.problems).toEqual([
        {
          code: 'notACsv',
          severity: 'error',
          vi: `Danh sách đơn vị cần là tệp CSV (văn bản); tệp này là ${vi}. Trong Excel: Tệp → Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)".`,
          en: `The unit list must be a CSV (text) file; this file is ${en}. In Excel: File → Save As → "CSV UTF-8 (Comma delimited)".`,
          at: { file: 'don-vi.csv' },
        },
      ]);
    }
  });
});

describe('emulation blocs in the unit list', () => {
  const withBlocs = [
    'Mã,Tên đơn vị,Nhóm,Email,Tên gọi khác,Khối thi đua,Vai trò trong khối',
    'BTV,Ban Thường vụ Tỉnh Đoàn,Ban Thường vụ,,BTV Tỉnh Đoàn,,',
    'QH,Huyện Đoàn Quảng Hòa,Cấp huyện,qh@example.org,,Khối huyện miền Đông,khối trưởng',
    'TKHP,Huyện Đoàn Trùng Khánh,Cấp huyện,,,Khối huyện miền Đông,Khối phó',
    'CA,Đoàn Công an tỉnh,Đoàn trực thuộc,,,Khối lực lượng vũ trang,',
  ].join('\r\n');

  it("reads each unit's bloc and role; an empty bloc is a unit not ranked", () => {
    const r = readUnitsCsvBytes(new TextEncoder().encode(withBlocs), 'don-vi.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.map((u) => [u.code, u.bloc, u.blocRole ?? null])).toEqual([
      ['BTV', '', null],
      ['QH', 'Khối huyện miền Đông', 'head'],
      ['TKHP', 'Khối huyện miền Đông', 'deputy'],
      ['CA', 'Khối lực lượng vũ trang', null],
    ]);
  });

  it('ranks each group in its usual bloc when the list has no bloc column', () => {
    const r = readUnitsCsvBytes(new TextEncoder().encode(CSV), 'don-vi.csv');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.map((u) => u.bloc)).toEqual([undefined, undefined, undefined]);
    expect(r.value.map(blocOf)).toEqual(['', 'Khối huyện, thành phố', 'Khối huyện, thành phố']);
  });

  it('refuses a role that is neither head nor deputy, naming the cell', () => {
    const bad = withBlocs.replace('Khối phó', 'Phó khối trưởng');
    const r = readUnitsCsvBytes(new TextEncoder().encode(bad), 'don-vi.csv');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.at?.cell, p.vi])).toEqual([
      [
        'badBlocRole',
        'G4',
        'Vai trò trong khối "Phó khối trưởng" không hợp lệ (để trống, hoặc ghi "Khối trưởng" hoặc "Khối phó").',
      ],
    ]);
  });
});
