/**
 * Plans of other provinces and years, each with its exact expected result beside it
 * (NAME.expected.json): the variations real documents show, and a text that is not a plan.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readPlanBytes } from '../../shared/plan/read';
import { PLANS } from '../helpers/paths';

const cases = fs
  .readdirSync(PLANS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''));

describe('readPlanBytes on the fixture plans', () => {
  it('has a fixture for each variation', () => {
    expect(cases.sort()).toEqual([
      'cong-van-khong-co-bang',
      'ke-hoach-2015-thoi-gian',
      'ke-hoach-thang-2015',
      'ke-hoach-tron-2016',
    ]);
  });

  it.each(cases)('gives the expected result for %s', async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(PLANS, `${name}.txt`)));
    const expected = JSON.parse(fs.readFileSync(path.join(PLANS, `${name}.expected.json`), 'utf8'));
    const r = await readPlanBytes(bytes, `${name}.txt`);
    const got = r.ok
      ? { plan: r.value, warnings: r.warnings.map((w) => w.code) }
      : { problems: r.problems.map((p) => ({ code: p.code, vi: p.vi, en: p.en })) };
    expect(got).toEqual(expected);
  });
});

describe('the variations the fixtures cover', () => {
  const read = async (name: string) => {
    const r = await readPlanBytes(new Uint8Array(fs.readFileSync(path.join(PLANS, name))), name);
    if (!r.ok) throw new Error(r.problems[0]?.en);
    return r.value;
  };

  it('finds the "Thời gian", "Đơn vị chủ trì" and "Đơn vị phối hợp" columns by their headers, with TT for Stt', async () => {
    const p = await read('ke-hoach-2015-thoi-gian.txt');
    expect(p.document.number).toBe('46-KH/ĐTN');
    expect(p.periods.map((x) => x.key)).toEqual(['2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4']);
    const t = p.periods[0]!.tasks[1]!;
    expect([t.when, t.owners, t.support, t.note]).toEqual([
      '15/02/2015',
      ['Các huyện, Thành Đoàn và Đoàn trực thuộc'],
      ['Văn phòng Tỉnh Đoàn'],
      'Tổ chức tại huyện Vị Xuyên',
    ]);
    // rows without the empty note cell, and no blank lines between rows
    expect(p.periods[0]!.tasks[2]!.note).toBe('');
    expect(p.periods[0]!.tasks).toHaveLength(3);
  });

  it('reads months as periods and an en dash in the number', async () => {
    const p = await read('ke-hoach-thang-2015.txt');
    expect(p.document.number).toBe('255-KH/TĐTN-BTG');
    expect(p.periods.map((x) => [x.key, x.label, x.end])).toEqual([
      ['2015-M01', 'Tháng 01/2015', '2015-01-31'],
      ['2015-M02', 'Tháng 02/2015', '2015-02-28'],
      ['2015-M03', 'Tháng 3/2015', '2015-03-31'],
    ]);
    expect(p.periods[2]!.tasks[1]!.owners).toEqual(['Ban Tổ chức - Kiểm tra', 'Văn phòng']);
  });

  it('reads a plain numbered plan with half-year periods, a blank draft number and date', async () => {
    const p = await read('ke-hoach-tron-2016.txt');
    expect(p.document).toMatchObject({ number: null, date: null, place: 'Cao Bằng', year: 2016 });
    expect(p.document.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH CAO BẰNG');
    expect(p.periods.map((x) => x.key)).toEqual(['2016-H1', '2016-H2']);
    expect(p.bases[1]).toMatch(/quy định chi tiết thi hành/);
  });
});
