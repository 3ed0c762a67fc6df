/**
 * A command draws only the sheets it changed; the command line, which writes whole files, takes
 * those and describes the others. The book it writes must be the book described whole.
 */
import type { Book } from '../../shared/book/model';
import { describeBook, wholeBook } from '../../shared/layout/describe';
import type { BookRole } from '../../shared/workbook/spec';
import { BOOK_ROLES } from '../../shared/workbook/spec';
import { sampleBook as madeBook } from '../helpers/sample-book';

const NOW = '2014-07-15T03:00:00.000Z';

function sampleBook(): Book {
  const book = madeBook(NOW);
  book.rows.forEach((r, i) => {
    if (i % 4 !== 0) return;
    r.status = 'done';
    r.doneDate = '2014-05-01';
    r.evidence = `Báo cáo số ${i}/BC-ĐTN`;
  });
  book.log.push({
    at: NOW,
    unitCode: book.units[0]!.code,
    taskId: book.rows[0]!.taskId,
    field: 'status',
    old: 'todo',
    new: 'done',
    source: 'H01.xlsx',
    outcome: 'applied',
  });
  return book;
}

describe('the whole book from the sheets a command drew', () => {
  const book = sampleBook();
  const whole = describeBook(book).spec;

  it.each<[string, BookRole[]]>([
    [
      'the rows and what follows from them, with the identity',
      ['meta', 'tracking', 'overview', 'report', 'log'],
    ],
    ['the report alone, without the identity', ['overview', 'report']],
    ['the units and their rows', ['meta', 'tracking', 'units', 'mappings']],
    ['the plan only', ['plan']],
  ])('%s: the same sheets, in the same order, with the finish cell', (_, roles) => {
    const drawn = describeBook(book, roles).spec;
    expect(drawn.sheets.length).toBeLessThan(whole.sheets.length);
    expect(wholeBook(book, drawn)).toEqual(whole);
  });

  it('nothing drawn: the book described whole', () => {
    expect(wholeBook(book, null)).toEqual(whole);
  });

  it('everything drawn: the drawn book itself, not described again', () => {
    const drawn = describeBook(book, BOOK_ROLES).spec;
    expect(wholeBook(book, drawn)).toBe(drawn);
  });
});
