/** Many problems of one kind shown as one note and a bounded list of places, never thousands of lines. */
import { formatGroupedProblems, groupProblems, paneProblemTexts } from '../../shared/errors/group';
import { error, warning } from '../../shared/errors/problem';

const textDate = (row: number) =>
  warning(
    'textDate',
    { file: 'H01.xlsx', sheet: 'Theo dõi', cell: `I${row}` },
    { text: '5/3/2014', date: '05/03/2014' },
  );

describe('formatGroupedProblems', () => {
  it('shows a few problems of a kind one line each, in the order they came', () => {
    const problems = [textDate(5), error('noUnits', { file: 'dv.csv' }), textDate(9)];
    expect(formatGroupedProblems(problems, 'en')).toEqual([
      'Note (file H01.xlsx, sheet "Theo dõi", cell I5): A date typed as text "5/3/2014" was read as 05/03/2014.',
      'Error (file dv.csv): The unit list is empty.',
      'Note (file H01.xlsx, sheet "Theo dõi", cell I9): A date typed as text "5/3/2014" was read as 05/03/2014.',
    ]);
  });

  it('groups many of a kind: the first in full, then where the others are, at most ten', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => 2 + i);
    const lines = formatGroupedProblems(rows.map(textDate), 'both');
    expect(lines).toEqual([
      'Lưu ý (tệp H01.xlsx, trang tính "Theo dõi", ô I2): Ngày được gõ dưới dạng chữ "5/3/2014"; đã hiểu là 05/03/2014.',
      '  Note (file H01.xlsx, sheet "Theo dõi", cell I2): A date typed as text "5/3/2014" was read as 05/03/2014.',
      '  … và 49.999 chỗ khác cùng loại: ô I3, ô I4, ô I5, ô I6, ô I7, ô I8, ô I9, ô I10, ô I11, ô I12 (và 49.989 chỗ nữa).',
      '    … and 49,999 more of the same kind: cell I3, cell I4, cell I5, cell I6, cell I7, cell I8, cell I9, cell I10, cell I11, cell I12 (and 49,989 more).',
    ]);
  });

  it('keeps apart kinds, files and sheets, and never groups problems that have no place in a file', () => {
    const other = (row: number) =>
      warning(
        'textDate',
        { file: 'H02.xlsx', sheet: 'Theo dõi', cell: `I${row}` },
        {
          text: 'x',
          date: '01/01/2014',
        },
      );
    const unplaced = (phrase: string) =>
      warning('unresolvedPhrase', undefined, { phrase, tasks: '2014-Q1-01' });
    const problems = [
      ...[1, 2, 3, 4].map(textDate),
      ...[1, 2, 3, 4].map(other),
      ...['a', 'b', 'c', 'd'].map(unplaced),
    ];
    expect(groupProblems(problems).map((g) => g.problems.length)).toEqual([4, 4, 1, 1, 1, 1]);
    expect(formatGroupedProblems(problems, 'vi')).toHaveLength(2 + 2 + 4);
  });
});

describe('paneProblemTexts (what the Excel pane and the Sheets sidebar list)', () => {
  it('gives one item per group: the first problem, and on its own line how many more and where', () => {
    const problems = [error('noUnits', { file: 'dv.csv' }), ...[2, 3, 4, 5, 6].map(textDate)];
    expect(paneProblemTexts(problems, 'vi')).toEqual([
      { severity: 'error', text: 'Lỗi (tệp dv.csv): Danh sách đơn vị trống.' },
      {
        severity: 'warning',
        text:
          'Lưu ý (tệp H01.xlsx, trang tính "Theo dõi", ô I2): Ngày được gõ dưới dạng chữ "5/3/2014"; đã hiểu là 05/03/2014.\n' +
          '… và 4 chỗ khác cùng loại: ô I3, ô I4, ô I5, ô I6.',
      },
    ]);
    expect(paneProblemTexts([textDate(2), textDate(3)], 'en').map((t) => t.text)).toEqual([
      'Note (file H01.xlsx, sheet "Theo dõi", cell I2): A date typed as text "5/3/2014" was read as 05/03/2014.',
      'Note (file H01.xlsx, sheet "Theo dõi", cell I3): A date typed as text "5/3/2014" was read as 05/03/2014.',
    ]);
  });
});
