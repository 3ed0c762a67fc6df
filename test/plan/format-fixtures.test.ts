/**
 * Plans in the formats offices keep them, each a real file with its exact expected result beside
 * it (test/fixtures/formats/NAME.expected.json): Word documents with automatic numbering, merged
 * cells and TCVN3 text; a workbook with merged cells; .csv and .tsv tables with quoted multi-line
 * cells; and the bad forms of each, with their messages. The binary files are built from their
 * descriptions (test/helpers/format-fixtures.ts); the text files are committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FORMAT_CASES, FORMATS, readCase } from '../helpers/format-cases';

describe('readPlanBytes on plans in other formats', () => {
  it('has an expected result for each case, and no stray one', () => {
    const files = fs
      .readdirSync(FORMATS)
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => f.replace(/\.expected\.json$/, ''));
    expect(files.sort()).toEqual(FORMAT_CASES.map((c) => c.name).sort());
  });

  it.each(FORMAT_CASES.map((c) => [c.name, c] as const))(
    'gives the expected result for %s',
    async (name, c) => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(FORMATS, `${name}.expected.json`), 'utf8'),
      );
      expect(await readCase(c)).toEqual(expected);
    },
  );

  it('reads the same plan from the .csv, the .tsv and the Vietnamese Excel .csv', async () => {
    const [csv, tsv, vn] = await Promise.all(
      ['ke-hoach-2024-csv', 'ke-hoach-2024-tsv', 'ke-hoach-2024-cham-phay'].map((n) =>
        readCase(FORMAT_CASES.find((c) => c.name === n)!),
      ),
    );
    expect(tsv).toEqual(csv);
    expect(vn).toEqual(csv);
  });
});
