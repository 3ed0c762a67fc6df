/**
 * The command line's JSON, printed in pieces: the very text of `JSON.stringify(value, null, 2)`
 * and a line end, whatever the value holds, and in pieces of about a megabyte for a large one.
 */
import { printJson } from '../../cli/json-out';

function printed(value: unknown): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  printJson((t) => void pieces.push(t), value);
  return { text: pieces.join(''), pieces };
}

const VALUES: [string, unknown][] = [
  ['a number', 3.25],
  ['a string with line ends, quotes and Vietnamese', 'dòng 1\ndòng 2 "trích" \\ \u2028 \r\n'],
  ['null', null],
  ['an empty array and an empty object', { a: [], b: {}, c: [[]], d: [{}] }],
  [
    'members JSON leaves out, and array items it writes as null',
    { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('x'), 1], d: 'x' },
  ],
  [
    'an object with a toJSON',
    { when: new Date(Date.UTC(2014, 6, 15)), deep: [{ t: new Date(0) }] },
  ],
  [
    'nesting deeper than the levels walked',
    { a: [{ b: [{ c: { d: [1, { e: 'f\ng' }] } }] }], 'khoá "lạ"\n': { x: [[1, [2, []]]] } },
  ],
  [
    'a report-like value',
    {
      asOf: '2014-07-15',
      overall: { rate: null, n: 0 },
      late: [{ days: 92, content: 'Công việc' }],
    },
  ],
];

describe('printJson', () => {
  it.each(VALUES)('%s: the same text as JSON.stringify', (_, value) => {
    expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('a large value: the same text, in pieces of about a megabyte', () => {
    const late = Array.from({ length: 5_000 }, (_, i) => ({
      taskId: `2014-Q1-${i}`,
      content: 'Công việc số 1: triển khai, đôn đốc, kiểm tra '.repeat(10),
      deadline: '2014-03-31',
      days: i,
      nested: { list: [i, `${i}`] },
    }));
    const value = { asOf: '2014-07-15', late, overdue: [] };
    const { text, pieces } = printed(value);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) {
      expect(p.length).toBeGreaterThanOrEqual(1 << 20);
      expect(p.length).toBeLessThan((1 << 20) + 2_000);
    }
  });
});
