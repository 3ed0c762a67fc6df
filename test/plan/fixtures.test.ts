/**
 * Plans of other provinces, districts and schools, each with its exact expected result beside it
 * (NAME.expected.json): the variations real documents show — as text, as real .docx files built
 * from docx/NAME.ts, as workbooks built from xlsx/NAME.ts and as .csv files — and documents that
 * are not plans.
 */
import { accountBalances } from '../../shared/plan/accounting';
import { readPlanDocument } from '../../shared/plan/read';
import { expectedOf, fixtureNames, fixtureSource } from '../helpers/fixture-plans';

const cases = fixtureNames();

/** What a reading gives, in the form the expected file has (older fixtures list warning codes). */
async function reading(name: string, expected: Record<string, unknown>) {
  const { bytes, file } = await fixtureSource(name);
  const r = await readPlanDocument(bytes, file);
  if (!r.ok) {
    const first = (expected.problems as Record<string, unknown>[] | undefined)?.[0];
    const withAt = first !== undefined && 'at' in first;
    return {
      problems: r.problems.map((p) => ({
        code: p.code,
        vi: p.vi,
        en: p.en,
        ...(withAt && p.at ? { at: p.at } : {}),
      })),
    };
  }
  const full = Array.isArray(expected.warnings) && typeof expected.warnings[0] === 'object';
  const got: Record<string, unknown> = {
    plan: r.value.plan,
    warnings: full
      ? r.warnings.map((w) => ({ code: w.code, vi: w.vi, en: w.en, ...(w.at ? { at: w.at } : {}) }))
      : r.warnings.map((w) => w.code),
  };
  if ('account' in expected) got.account = r.value.account;
  return got;
}

describe('readPlanDocument on the fixture plans', () => {
  it('has a fixture for each variation', () => {
    expect(cases).toEqual([
      'bao-cao-quy-i-2024',
      'chuong-trinh-2025-tuy-phuoc',
      'chuong-trinh-2025-tuy-phuoc.docx',
      'chuong-trinh-cong-tac-2024-thanh-oai',
      'chuong-trinh-cong-tac-2024-thanh-oai.docx',
      'cong-van-khong-co-bang',
      'huong-dan-2024',
      'ke-hoach-2015-thoi-gian',
      'ke-hoach-2022-krong-nang',
      'ke-hoach-2022-thanh-doan-bac-ninh.docx',
      'ke-hoach-2023-chu-van-an-ngat-trang',
      'ke-hoach-2023-chu-van-an-ngat-trang.docx',
      'ke-hoach-2023-doan-khoi-binh-dinh',
      'ke-hoach-2023-krong-pac-ky',
      'ke-hoach-2024-dong-thap-bo-qua',
      'ke-hoach-2024-dong-thap-bo-qua.docx',
      'ke-hoach-2024-ha-tinh-don-vi',
      'ke-hoach-2024-nghe-an-theo-quy',
      'ke-hoach-2024-nghe-an-theo-quy.docx',
      'ke-hoach-2024-quang-tri-chu-de',
      'ke-hoach-2024-quang-tri-chu-de.docx',
      'ke-hoach-2025-buon-ho-du-thao',
      'ke-hoach-2025-chi-doan-gach-dau-dong',
      'ke-hoach-2025-doan-so-y-te-so-con',
      'ke-hoach-2025-ha-giang-tham-muu',
      'ke-hoach-2025-lao-cai-ca-nam',
      'ke-hoach-2025-phuong-hoa-cuong-bac.xlsx',
      'ke-hoach-2025-quang-ninh-gop-o',
      'ke-hoach-2025-quang-ninh-gop-o.docx',
      'ke-hoach-2025-thach-that-can-cu-danh-so',
      'ke-hoach-2026-xa-phu-hoa.xlsx',
      'ke-hoach-nam-hoc-2023-2024-thpt-nguyen-du',
      'ke-hoach-nam-hoc-2023-2024-thpt-nguyen-du.docx',
      'ke-hoach-nam-hoc-2024-2025-dh-can-tho.docx',
      'ke-hoach-nam-hoc-2024-2025-thcs-le-loi.docx',
      'ke-hoach-nam-hoc-2024-2025-thpt-le-quy-don.docx',
      'ke-hoach-nam-hoc-2024-2025-thpt-phan-boi-chau',
      'ke-hoach-nam-hoc-2025-2026-cd-quang-nam.csv',
      'ke-hoach-thang-2015',
      'ke-hoach-tron-2016',
      'ke-hoach-tron-2023-hoa-tien',
      'phu-luc-2025-hau-giang-quy.xlsx',
      'quyet-dinh-2023',
      'thong-bao-2025',
      'to-trinh-2024',
    ]);
  });

  it.each(cases)('gives the expected result for %s', async (name) => {
    const { book: _book, ...expected } = expectedOf(name);
    expect(await reading(name, expected)).toEqual(expected);
  });

  it.each(cases)('accounts for every row of the task section of %s', async (name) => {
    const { bytes, file } = await fixtureSource(name);
    const r = await readPlanDocument(bytes, file);
    if (!r.ok) return expect(r.problems.length).toBeGreaterThan(0);
    const a = r.value.account;
    expect(accountBalances(a)).toBe(true);
    // every skipped row is also a note the user sees, with its place
    expect(
      a.skipped.every((s) => Object.keys(s.at).length > 0 || s.reason === 'betweenTables'),
    ).toBe(true);
  });
});

describe('the same plan as text and as a Word document', () => {
  const pairs = cases
    .filter((n) => n.endsWith('.docx'))
    .map((n) => n.replace(/\.docx$/, ''))
    .filter((n) => cases.includes(n));
  type Periods = { key: string; tasks: Record<string, unknown>[] }[];
  const periods = (name: string): Periods =>
    (expectedOf(name).plan as { periods: Periods }).periods;
  // what text can carry down a merged cell: the parties and the time (with a note)
  const carried = (ps: Periods) =>
    ps.map((p) => ({
      key: p.key,
      tasks: p.tasks.map(({ id, no, content, owners, when }) => ({
        id,
        no,
        content,
        owners,
        when,
      })),
    }));

  it.each(pairs)('%s reads the same periods, tasks, owners and times from both', (name) => {
    expect(carried(periods(`${name}.docx`))).toEqual(carried(periods(name)));
  });

  it.each(pairs.filter((n) => !/gop-o|thanh-oai/.test(n)))(
    '%s, which merges no cells, reads exactly the same from both',
    (name) => {
      expect(periods(`${name}.docx`)).toEqual(periods(name));
    },
  );
});
