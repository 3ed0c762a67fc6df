import {
  MESSAGES,
  columnsMismatch,
  createAppsScriptFake,
  loadAppsScriptBundle,
  rowsMismatch,
  sheetNameTaken,
  type AppsScriptFakeOptions,
} from './apps-script';

const OWNER = 'bithu@gmail.com';
const UNIT = 'chidoan.a@gmail.com';
const OTHER = 'chidoan.b@gmail.com';

/** A fake with one 'Kế hoạch' sheet, and a bundle made of `code`. */
function setup(code: string, options: Partial<AppsScriptFakeOptions> = {}) {
  const fake = createAppsScriptFake({
    owner: OWNER,
    sheets: [{ name: 'Kế hoạch' }],
    ...options,
  });
  const bundle = loadAppsScriptBundle(code, fake);
  return { fake, bundle };
}

/** Runs `body` as the only function of a script and returns what it returns. */
function run(body: string, options: Partial<AppsScriptFakeOptions> = {}) {
  const { fake, bundle } = setup(`function main() {\n${body}\n}`, options);
  return { fake, result: bundle.call('main') };
}

/** The message of what `fn` throws. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected a throw');
}

const SHEET = "var sh = SpreadsheetApp.getActive().getSheetByName('Kế hoạch');\n";

describe('Range values', () => {
  it('refuses data whose number of rows differs from the range, with the real message', () => {
    const { bundle } = setup(
      `function main() { ${SHEET} sh.getRange(1, 1, 2, 2).setValues([[1, 2]]); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(rowsMismatch(1, 2));
    expect(rowsMismatch(1, 2)).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses a row whose number of columns differs from the range', () => {
    const { bundle } = setup(
      `function main() { ${SHEET} sh.getRange('A1:C2').setValues([[1, 2, 3], [4, 5]]); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(columnsMismatch(2, 3));
  });

  it('refuses a 1D array as a parameter mismatch', () => {
    const { bundle } = setup(
      `function main() { ${SHEET} sh.getRange('A1:C1').setValues([1, 2, 3]); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('gives the script an Error of its own realm, named Exception', () => {
    const { result } = run(`${SHEET}
      try { sh.getRange(1, 1, 2, 1).setValues([[1]]); } catch (e) {
        return [e instanceof Error, e.name, String(e).slice(0, 31)];
      }`);
    expect(result).toEqual([true, 'Exception', 'Exception: The number of rows i']);
  });

  it('returns 2D arrays of the script realm, with empty cells as empty strings', () => {
    const { result } = run(`${SHEET}
      sh.getRange('A1:B1').setValues([['x', 1]]);
      var v = sh.getRange('A1:C2').getValues();
      return [v instanceof Array, v[0] instanceof Array, JSON.stringify(v)];`);
    expect(result).toEqual([true, true, '[["x",1,""],["","",""]]']);
  });

  it('turns a string starting with "=" into a formula, function names in capitals', () => {
    const { fake, result } = run(`${SHEET}
      sh.getRange('A1:A3').setValues([[1], [2], ['=sum(A1:A2)']]);
      return [sh.getRange('A3').getFormula(), sh.getRange('A3').getValue(), sh.getRange('A1:A3').getFormulas()];`);
    expect(result).toEqual(['=SUM(A1:A2)', '', [[''], [''], ['=SUM(A1:A2)']]]);
    expect(fake.sheet('Kế hoạch').formulas('A3')).toEqual([['=SUM(A1:A2)']]);
  });

  it('asks formulaResult for the value of a formula cell (no calculation engine)', () => {
    const { result } = run(
      `${SHEET} sh.getRange('B2').setFormula('=1+1'); return sh.getRange('B2').getValue();`,
      {
        formulaResult: (f) => (f === '=1+1' ? 2 : ''),
      },
    );
    expect(result).toBe(2);
  });

  it('stores a string starting with an apostrophe as text, without the apostrophe', () => {
    const { result } = run(`${SHEET}
      sh.getRange('A1:C1').setValues([["'007", '007', "'=1+1"]]);
      return [sh.getRange('A1:C1').getValues(), sh.getRange('A1:C1').getFormulas()];`);
    expect(result).toEqual([[['007', 7, '=1+1']], [['', '', '']]]);
  });

  it('reads strings as typed input in vi_VN: numbers, booleans, percentages, dd/mm/yyyy dates', () => {
    const { fake } = run(`${SHEET}
      sh.getRange('A1:F1').setValues([['0912345678', '1,5', 'TRUE', '50%', '05/01/2024', 'Quý I']]);`);
    const [row] = fake.sheet('Kế hoạch').values('A1:F1');
    expect(row!.slice(0, 4)).toEqual([912345678, 1.5, true, 0.5]);
    expect(row![4]).toEqual(new Date('2024-01-05T00:00:00+07:00'));
    expect(row![5]).toBe('Quý I');
  });

  it('reads a day and month without a year as a date in the current year', () => {
    const { fake } = run(`${SHEET} sh.getRange('A1').setValue('1/5');`);
    const [[value]] = fake.sheet('Kế hoạch').values('A1');
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString().slice(5, 10)).toBe('04-30'); // 1 May, 00:00 at UTC+7
  });

  it('keeps strings as text in a cell formatted as plain text (@)', () => {
    const { fake } = run(`${SHEET}
      var r = sh.getRange('A1'); r.setNumberFormat('@'); r.setValue('007');`);
    expect(fake.sheet('Kế hoạch').values('A1')).toEqual([['007']]);
  });

  it('gives back Date objects for date cells: same instant, the script realm Date', () => {
    const { result } = run(`${SHEET}
      var d = new Date(2024, 2, 26, 8, 30);
      sh.getRange('A1').setValues([[d]]);
      var back = sh.getRange('A1').getValues()[0][0];
      return [back instanceof Date, back.getTime() === d.getTime(), back.getHours(), sh.getRange('A1').getDisplayValue()];`);
    expect(result).toEqual([true, true, 8, '26/03/2024 08:30:00']);
  });

  it('treats null and undefined as clearing the cell', () => {
    const { result } = run(`${SHEET}
      sh.getRange('A1:B1').setValues([[1, 2]]);
      sh.getRange('A1:B1').setValues([[null, undefined]]);
      return sh.getLastRow();`);
    expect(result).toBe(0);
  });

  it('refuses more than 50,000 characters in a cell', () => {
    const { bundle } = setup(
      `function main() { ${SHEET} sh.getRange('A1').setValue(new Array(50002).join('x')); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(MESSAGES.cellTooLong);
  });

  it('shows values through number formats and the locale', () => {
    const { result } = run(`${SHEET}
      sh.getRange('A1:D1').setValues([[1234.5, 0.25, 45296, 3]]);
      sh.getRange('A1:D1').setNumberFormats([['#,##0.00', '0%', 'dd/mm/yyyy', '0']]);
      sh.getRange('E1').setValue(2.5);
      return sh.getRange('A1:E1').getDisplayValues();`);
    expect(result).toEqual([['1.234,50', '25%', '05/01/2024', '3', '2,5']]);
  });
});

describe('Sheet geometry', () => {
  it('checks getRange arguments like the real one', () => {
    const cases: [string, string][] = [
      ['sh.getRange(0, 1)', MESSAGES.startRowTooSmall],
      ['sh.getRange(1, 0)', MESSAGES.startColumnTooSmall],
      ['sh.getRange(2, 1, 0, 5)', MESSAGES.rowsAtLeastOne],
      ['sh.getRange(2, 1, 1, 0)', MESSAGES.columnsAtLeastOne],
      ['sh.getRange(1000, 1, 2, 1)', MESSAGES.outsideSheet],
      ['sh.getRange(1, 27)', MESSAGES.outsideSheet],
      [
        "sh.getRange('1', 1)",
        "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      ],
      ["sh.getRange('not a range')", MESSAGES.rangeNotFound],
    ];
    for (const [expr, message] of cases) {
      const { bundle } = setup(`function main() { ${SHEET} ${expr}; }`);
      expect([expr, thrown(() => bundle.call('main'))]).toEqual([expr, message]);
    }
  });

  it('starts sheets at 1000 rows by 26 columns and grows them only on request', () => {
    const { result } = run(`${SHEET}
      var before = [sh.getMaxRows(), sh.getMaxColumns()];
      sh.insertRowsAfter(sh.getMaxRows(), 500);
      sh.insertColumnsAfter(26, 4);
      sh.getRange(1500, 30).setValue('last');
      return [before, sh.getMaxRows(), sh.getMaxColumns(), sh.getLastRow(), sh.getLastColumn()];`);
    expect(result).toEqual([[1000, 26], 1500, 30, 1500, 30]);
  });

  it('reads A1 notation with sheet names, whole columns and whole rows', () => {
    const { result } = run(`
      var ss = SpreadsheetApp.getActive();
      return [
        ss.getRange("'Kế hoạch'!B2:C3").getA1Notation(),
        ss.getRange("'Kế hoạch'!A:B").getNumRows(),
        ss.getRange("'Kế hoạch'!2:3").getNumColumns(),
        ss.getRange("'Kế hoạch'!C5").getRow(),
      ];`);
    expect(result).toEqual(['B2:C3', 1000, 26, 5]);
  });

  it('has a data range from A1 to the last row and column with content', () => {
    const { result } = run(`${SHEET}
      var empty = sh.getDataRange().getA1Notation();
      sh.getRange('C4').setValue('x');
      return [empty, sh.getDataRange().getA1Notation(), sh.getLastRow(), sh.getLastColumn()];`);
    expect(result).toEqual(['A1', 'A1:C4', 4, 3]);
  });

  it('moves protections and merges when rows are inserted above them', () => {
    const { fake } = run(`${SHEET}
      sh.getRange('A5:B5').merge();
      sh.getRange('A5:B6').protect().setDescription('tiêu đề');
      sh.insertRowsBefore(2, 3);`);
    expect(fake.sheet('Kế hoạch').merges).toEqual(['A8:B8']);
    expect(fake.protections()[0]!.range).toBe("'Kế hoạch'!A8:B9");
  });

  it('refuses a partial merge and keeps only the top-left value when merging', () => {
    const { fake, result } = run(`${SHEET}
      sh.getRange('A1:C1').setValues([['a', 'b', 'c']]);
      sh.getRange('A1:B1').merge();
      try { sh.getRange('B1:C1').merge(); } catch (e) { return e.message; }`);
    expect(result).toBe(MESSAGES.mergePartial);
    expect(fake.sheet('Kế hoạch').values('A1:C1')).toEqual([['a', '', 'c']]);
  });

  it('gives the merged ranges inside a range or reaching into it, and empty covered cells', () => {
    const { result } = run(`${SHEET}
      sh.getRange('A1:C3').setValues([['Quý I', 'x', 'y'], ['1', 'Văn phòng', 'z'], ['2', 'w', 'v']]);
      sh.getRange('B2:B3').merge();
      sh.getRange('A1:C1').merge();
      sh.getRange('E5:F6').merge();
      var names = function (r) { return r.getMergedRanges().map(function (m) { return m.getA1Notation(); }).sort(); };
      return [names(sh.getRange('A1:C3')), names(sh.getRange('B3:D4')), names(sh.getRange('D1:D4')),
        sh.getRange('A1:C3').getValues(), sh.getRange('A1:C3').getDisplayValues()[2]];`);
    expect(result).toEqual([
      ['A1:C1', 'B2:B3'],
      ['B2:B3'],
      [],
      [
        ['Quý I', '', ''],
        // typed like a user: "1" is the number 1
        [1, 'Văn phòng', 'z'],
        [2, '', 'v'],
      ],
      ['2', '', 'v'],
    ]);
  });

  it('merges each row with mergeAcross', () => {
    const { fake } = run(`${SHEET} sh.getRange('A1:C2').mergeAcross();`);
    expect(fake.sheet('Kế hoạch').merges).toEqual(['A1:C1', 'A2:C2']);
  });

  it('records layout: frozen rows, hidden sheets, widths, formats', () => {
    const { fake } = run(`
      var ss = SpreadsheetApp.getActive();
      var sh = ss.insertSheet('Tổng hợp');
      sh.setFrozenRows(2);
      sh.setColumnWidths(1, 3, 140);
      sh.getRange('A1:B1').setBackgrounds([['#FFF', '#d9ead3']]).setFontWeight('bold').setWrap(true);
      sh.getRange('A1:B1').setHorizontalAlignments([['center', 'left']]).setFontFamily('Times New Roman');
      ss.getSheetByName('Kế hoạch').hideSheet();`);
    const view = fake.sheet('Tổng hợp');
    expect(view.frozenRows).toBe(2);
    expect(view.columnWidths).toEqual({ 1: 140, 2: 140, 3: 140 });
    expect(view.backgrounds('A1:C1')).toEqual([['#ffffff', '#d9ead3', '#ffffff']]);
    expect(view.fontWeights('A1:B1')).toEqual([['bold', 'bold']]);
    expect(view.wraps('A1:B1')).toEqual([[true, true]]);
    expect(view.horizontalAlignments('A1:B1')).toEqual([['center', 'left']]);
    expect(view.fontFamilies('A1')).toEqual([['Times New Roman']]);
    expect(fake.sheet('Kế hoạch').hidden).toBe(true);
  });

  it('checks the shape of plural formatting setters', () => {
    const { bundle } = setup(
      `function main() { ${SHEET} sh.getRange('A1:B2').setBackgrounds([['red', 'blue']]); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(rowsMismatch(1, 2));
  });
});

describe('Spreadsheet', () => {
  it('refuses a second sheet with the same name, whatever the case', () => {
    const { bundle } = setup(
      `function main() { SpreadsheetApp.getActive().insertSheet('kế hoạch'); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(sheetNameTaken('kế hoạch'));
  });

  it('inserts a sheet after the active one, makes it active, and names it like Sheets does in vi_VN', () => {
    const { fake, result } = run(`
      var ss = SpreadsheetApp.getActive();
      var a = ss.insertSheet('B');
      ss.setActiveSheet(ss.getSheets()[0]);
      var unnamed = ss.insertSheet();
      return [unnamed.getName(), ss.getActiveSheet().getName()];`);
    expect(result).toEqual(['Trang tính3', 'Trang tính3']);
    expect(fake.sheetNames()).toEqual(['Kế hoạch', 'Trang tính3', 'B']);
  });

  it('appends a row after the last one with content, growing the sheet when full', () => {
    const { fake } = run(`${SHEET} sh.appendRow(['a', 1]); sh.appendRow(['b', '=B1*2']);`, {
      sheets: [{ name: 'Kế hoạch', maxRows: 1 }],
    });
    const view = fake.sheet('Kế hoạch');
    expect([view.maxRows, view.values(), view.formulas('B2')]).toEqual([
      2,
      [
        ['a', 1],
        ['b', ''],
      ],
      [['=B1*2']],
    ]);
  });

  it('inserts checkboxes (unchecked, with a checkbox rule) and clears only what is asked', () => {
    const { fake } = run(`${SHEET}
      sh.getRange('A1:A2').insertCheckboxes();
      sh.getRange('B1').setValue('x').setBackground('#ff0000');
      sh.getRange('A1:B1').clear({ contentsOnly: true });`);
    const view = fake.sheet('Kế hoạch');
    expect(view.values('A1:B2')).toEqual([
      ['', ''],
      [false, ''],
    ]);
    expect(view.validations('A1')[0]![0]!.criteria).toBe('CHECKBOX');
    expect(view.backgrounds('B1')).toEqual([['#ff0000']]);
  });

  it('will not delete the last sheet', () => {
    const { bundle } = setup(
      `function main() { var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheets()[0]); }`,
    );
    expect(thrown(() => bundle.call('main'))).toBe(MESSAGES.removeAllSheets);
  });

  it('enforces the limit of 10 million cells', () => {
    const { bundle } = setup(`function main() { ${SHEET} sh.insertColumnsAfter(26, 10000); }`);
    expect(thrown(() => bundle.call('main'))).toBe(MESSAGES.tooManyCells);
  });

  it('reports its time zone, locale and owner', () => {
    const { result } = run(`
      var ss = SpreadsheetApp.getActive();
      return [ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale(), ss.getOwner().getEmail(),
        Session.getScriptTimeZone()];`);
    expect(result).toEqual(['Asia/Ho_Chi_Minh', 'vi_VN', OWNER, 'Asia/Ho_Chi_Minh']);
  });

  it('hands out a new wrapper on every call, as Apps Script does', () => {
    const { result } = run(`var ss = SpreadsheetApp.getActive();
      return ss.getSheetByName('Kế hoạch') === ss.getActiveSheet();`);
    expect(result).toBe(false);
  });
});

describe('Data validation and conditional formats', () => {
  it('builds a dropdown rule that refuses invalid input', () => {
    const { fake } = run(`${SHEET}
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Chưa đạt'], true)
        .setAllowInvalid(false).build();
      sh.getRange('D2:D3').setDataValidation(rule);`);
    expect(fake.sheet('Kế hoạch').validations('D2:D3')).toEqual([
      [{ criteria: 'VALUE_IN_LIST', values: [['Đạt', 'Chưa đạt'], true], allowInvalid: false }],
      [{ criteria: 'VALUE_IN_LIST', values: [['Đạt', 'Chưa đạt'], true], allowInvalid: false }],
    ]);
  });

  it('refuses a list of more than 500 items', () => {
    const { bundle } = setup(`function main() { ${SHEET}
      var items = []; for (var i = 0; i < 501; i++) items.push('x' + i);
      sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(items).build()); }`);
    expect(thrown(() => bundle.call('main'))).toBe(MESSAGES.validationListTooLong);
  });

  it('replaces all conditional format rules of a sheet', () => {
    const { fake } = run(`${SHEET}
      var r = function (f) { return SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(f)
        .setBackground('#f4cccc').setRanges([sh.getRange('A2:F20')]).build(); };
      sh.setConditionalFormatRules([r('=$F2="x"'), r('=$F2="y"')]);
      sh.setConditionalFormatRules([r('=$F2="z"')]);`);
    expect(fake.sheet('Kế hoạch').conditionalFormats).toEqual([
      expect.objectContaining({
        condition: 'CUSTOM_FORMULA',
        values: ['=$F2="z"'],
        ranges: ["'Kế hoạch'!A2:F20"],
      }),
    ]);
  });
});

describe('Protection', () => {
  /** The owner protects the sheet, leaving D2:D10 editable, and lets no one else edit the rest. */
  const PROTECT = `function protectSheet() { ${SHEET}
      var p = sh.protect().setDescription('Chỉ Ban Thường vụ');
      p.setUnprotectedRanges([sh.getRange('D2:D10')]);
      p.removeEditors(p.getEditors());
      if (p.canDomainEdit()) p.setDomainEdit(false);
    }
    function writeCell(a1) { ${SHEET} sh.getRange(a1).setValue('x'); }
    function addEditor(email) { ${SHEET} sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].addEditor(email); }`;

  it('lets a unit write to the unprotected range of a protected sheet and nowhere else', () => {
    const { fake, bundle } = setup(PROTECT, { editors: [UNIT] });
    bundle.call('protectSheet');
    fake.setUser(UNIT);
    expect(() => bundle.call('writeCell', 'D5')).not.toThrow();
    expect(thrown(() => bundle.call('writeCell', 'C5'))).toBe(MESSAGES.protectedCell);
    expect(thrown(() => bundle.call('writeCell', 'D10:D11'))).toBe(MESSAGES.protectedCell);
    expect(fake.sheet('Kế hoạch').values('C5:D5')).toEqual([['', 'x']]);
  });

  it('says exactly what Sheets says', () => {
    expect(MESSAGES.protectedCell).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  });

  it('lets an editor of the protection write, and the owner always', () => {
    const { fake, bundle } = setup(PROTECT, { editors: [UNIT, OTHER] });
    bundle.call('protectSheet');
    bundle.call('addEditor', OTHER);
    fake.setUser(OTHER);
    expect(() => bundle.call('writeCell', 'A1')).not.toThrow();
    fake.setUser(UNIT);
    expect(thrown(() => bundle.call('writeCell', 'A1'))).toBe(MESSAGES.protectedCell);
    fake.setUser(OWNER);
    expect(() => bundle.call('writeCell', 'A1')).not.toThrow();
  });

  it('protects nothing until the editors are changed (it mirrors the file)', () => {
    const { fake, bundle } = setup(
      `function protectOnly() { ${SHEET} sh.getRange('A1:B2').protect(); }
       function writeCell() { ${SHEET} sh.getRange('A1').setValue(1); }`,
      { editors: [UNIT] },
    );
    bundle.call('protectOnly');
    fake.setUser(UNIT);
    expect(() => bundle.call('writeCell')).not.toThrow();
    expect(fake.protections()[0]!.mirrorsFilePermissions).toBe(true);
  });

  it('refuses formatting, clearing and row deletion on protected cells too', () => {
    const { fake, bundle } = setup(
      `${PROTECT}
       function format() { ${SHEET} sh.getRange('A1').setFontWeight('bold'); }
       function clearAll() { ${SHEET} sh.clear(); }
       function deleteRow() { ${SHEET} sh.deleteRow(3); }`,
      { editors: [UNIT] },
    );
    bundle.call('protectSheet');
    fake.setUser(UNIT);
    for (const fn of ['format', 'clearAll', 'deleteRow']) {
      expect([fn, thrown(() => bundle.call(fn))]).toEqual([fn, MESSAGES.protectedCell]);
    }
  });

  it('returns the existing protection when a sheet is protected twice', () => {
    const { result } = run(`${SHEET}
      sh.protect().setDescription('một');
      sh.protect().setDescription('hai');
      return sh.getProtections(SpreadsheetApp.ProtectionType.SHEET).map(function (p) { return p.getDescription(); });`);
    expect(result).toEqual(['hai']);
  });

  it('lists editors as users, the owner first, and never removes the owner', () => {
    const { result } = run(
      `${SHEET}
      var p = sh.getRange('A1').protect();
      p.removeEditors(p.getEditors());
      p.addEditors(['${UNIT}']);
      return p.getEditors().map(function (u) { return u.getEmail(); });`,
      { editors: [UNIT, OTHER] },
    );
    expect(result).toEqual([OWNER, UNIT]);
  });

  it('throws on setDomainEdit for a consumer (gmail.com) spreadsheet; canDomainEdit is false', () => {
    const { result } = run(`${SHEET}
      var p = sh.protect();
      var can = p.canDomainEdit();
      try { p.setDomainEdit(false); return [can, 'no throw']; } catch (e) { return [can, e.message]; }`);
    expect(result).toEqual([false, MESSAGES.domainEditConsumer]);
  });

  it('allows setDomainEdit in a Workspace domain, where domain users may edit until it is off', () => {
    const { fake, bundle } = setup(
      `function protect() { ${SHEET} var p = sh.protect(); p.removeEditors(p.getEditors()); }
       function domainOff() { ${SHEET} sh.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setDomainEdit(false); }
       function writeCell() { ${SHEET} sh.getRange('A1').setValue(1); }`,
      { owner: 'bithu@doan.vn', consumerAccount: false },
    );
    bundle.call('protect');
    fake.setUser('chidoan@doan.vn');
    expect(() => bundle.call('writeCell')).not.toThrow();
    fake.setUser('bithu@doan.vn');
    bundle.call('domainOff');
    fake.setUser('chidoan@doan.vn');
    expect(thrown(() => bundle.call('writeCell'))).toBe(MESSAGES.protectedCell);
  });

  it('refuses unprotected ranges on a range protection', () => {
    const { result } = run(`${SHEET}
      try { sh.getRange('A1:B2').protect().setUnprotectedRanges([sh.getRange('A1')]); } catch (e) { return e.message; }`);
    expect(result).toBe(MESSAGES.unprotectedRangesOnRange);
  });
});

describe('LockService', () => {
  const CODE = `
    function withLock() { var lock = LockService.getDocumentLock(); lock.waitLock(30000);
      try { ${SHEET} sh.getRange('A1').setValue(1); SpreadsheetApp.flush(); } finally { lock.releaseLock(); } }
    function withoutLock() { ${SHEET} sh.getRange('A1').setValue(2); }
    function releaseBeforeFlush() { var lock = LockService.getDocumentLock(); lock.waitLock(1000);
      ${SHEET} sh.getRange('A1').setValue(3); lock.releaseLock(); }
    function tryIt() { return LockService.getDocumentLock().tryLock(100); }
    function waitIt() { LockService.getDocumentLock().waitLock(100); }
    function keepIt() { LockService.getDocumentLock().waitLock(100); }
    function nested() { LockService.getDocumentLock().waitLock(100); return LockService.getDocumentLock().tryLock(100); }`;

  it('counts writes made without holding the lock', () => {
    const { fake, bundle } = setup(CODE);
    bundle.call('withLock');
    expect(fake.state.writesWithoutLock).toBe(0);
    bundle.call('withoutLock');
    expect(fake.state.writesWithoutLock).toBe(1);
    expect(fake.state.unlockedWrites).toEqual(["Range.setValue 'Kế hoạch'!A1"]);
  });

  it('fails to lock while another execution holds the lock, with the real message', () => {
    const { fake, bundle } = setup(CODE);
    fake.holdLockElsewhere(true);
    expect(bundle.call('tryIt')).toBe(false);
    expect(thrown(() => bundle.call('waitIt'))).toBe(MESSAGES.lockTimeout);
    fake.holdLockElsewhere(false);
    expect(bundle.call('tryIt')).toBe(true);
  });

  it('releases the lock when the execution ends', () => {
    const { bundle } = setup(CODE);
    bundle.call('keepIt');
    expect(bundle.call('tryIt')).toBe(true);
  });

  it('is not re-entrant across lock objects of one execution', () => {
    expect(setup(CODE).bundle.call('nested')).toBe(false);
  });

  it('notes a lock released with changes not yet flushed', () => {
    const { fake, bundle } = setup(CODE);
    bundle.call('withLock');
    expect(fake.state.releasesWithPendingWrites).toBe(0);
    bundle.call('releaseBeforeFlush');
    expect(fake.state.releasesWithPendingWrites).toBe(1);
  });
});

describe('Ui and HtmlService', () => {
  const CODE = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createMenu('Thi đua').addItem('Mở', 'openSidebar').addSeparator()
        .addSubMenu(SpreadsheetApp.getUi().createMenu('Khác').addItem('Giới thiệu', 'about')).addToUi();
    }
    function openSidebar() {
      var t = HtmlService.createTemplateFromFile('Sidebar');
      t.unit = '<Chi đoàn A>';
      SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Sổ Thi Đua'));
    }
    function about() { return SpreadsheetApp.getUi().alert('Sổ Thi Đua', 'Phiên bản 1', SpreadsheetApp.getUi().ButtonSet.OK_CANCEL); }
    function forgetEvaluate() { SpreadsheetApp.getUi().showSidebar(HtmlService.createTemplateFromFile('Sidebar')); }
    function missingFile() { HtmlService.createHtmlOutputFromFile('Nope'); }
    function ask() { var r = SpreadsheetApp.getUi().prompt('Tên đơn vị?'); return [r.getSelectedButton(), r.getResponseText()]; }`;
  const files = {
    Sidebar: '<h1><?= unit ?></h1><?!= "<b>raw</b>" ?><? for (var i = 0; i < 2; i++) { ?>.<? } ?>',
  };

  it('records menus added in onOpen, and runs their items', () => {
    const { fake, bundle } = setup(CODE, { files });
    bundle.trigger('onOpen');
    expect(fake.state.menus).toEqual([
      {
        caption: 'Thi đua',
        addon: false,
        items: [
          { kind: 'item', caption: 'Mở', functionName: 'openSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Khác',
            items: [{ kind: 'item', caption: 'Giới thiệu', functionName: 'about' }],
          },
        ],
      },
    ]);
    expect(bundle.clickMenu('Thi đua > Khác > Giới thiệu')).toBe('OK');
    expect(fake.state.dialogs).toEqual([
      {
        kind: 'alert',
        title: 'Sổ Thi Đua',
        prompt: 'Phiên bản 1',
        buttons: 'OK_CANCEL',
        answer: 'OK',
      },
    ]);
  });

  it('records the sidebar with its title and evaluated template', () => {
    const { fake, bundle } = setup(CODE, { files });
    bundle.call('openSidebar');
    expect(fake.state.sidebar).toEqual({
      title: 'Sổ Thi Đua',
      html: '<h1>&lt;Chi đoàn A&gt;</h1><b>raw</b>..',
      width: null,
      height: null,
    });
  });

  it('refuses a template passed to showSidebar without evaluate()', () => {
    const { bundle } = setup(CODE, { files });
    expect(thrown(() => bundle.call('forgetEvaluate'))).toBe(
      "The parameters (HtmlTemplate) don't match the method signature for Ui.showSidebar.",
    );
  });

  it('says when an HTML file is missing', () => {
    const { bundle } = setup(CODE, { files });
    expect(thrown(() => bundle.call('missingFile'))).toBe('No HTML file named Nope was found.');
  });

  it('answers dialogs from a queue the test fills', () => {
    const { fake, bundle } = setup(CODE, { files });
    fake.state.dialogAnswers.push({ button: 'OK', text: 'Chi đoàn B' });
    expect(bundle.call('ask')).toEqual(['OK', 'Chi đoàn B']);
  });

  it('refuses a sidebar from a simple trigger (AuthMode.LIMITED)', () => {
    const { bundle } = setup(
      `function onOpen(e) { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); }`,
    );
    expect(thrown(() => bundle.trigger('onOpen'))).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });
});

describe('Session and other services', () => {
  it('shows the active user to a menu run but hides a consumer non-owner from a simple trigger', () => {
    const { fake, bundle } = setup(`
      function onOpen(e) { return Session.getActiveUser().getEmail(); }
      function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }`);
    fake.setUser(UNIT);
    expect(bundle.trigger('onOpen')).toBe('');
    expect(bundle.call('who')).toEqual([UNIT, UNIT]);
  });

  it('formats dates like SimpleDateFormat in a given zone', () => {
    const { result } = run(`var d = new Date(Date.UTC(2024, 0, 4, 17, 5, 9));
      return [Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', "dd/MM/yyyy HH:mm:ss 'ICT' Z"),
        Utilities.formatDate(d, 'UTC', 'EEE, d MMM yy h:mm a')];`);
    expect(result).toEqual(['05/01/2024 00:05:09 ICT +0700', 'Thu, 4 Jan 24 5:05 PM']);
  });

  it('gives the script plain objects of its own realm', () => {
    const { result } = run(`PropertiesService.getScriptProperties().setProperties({ a: 1, b: 'x' });
      var all = PropertiesService.getScriptProperties().getProperties();
      return [all instanceof Object, all.a, all.b];`);
    expect(result).toEqual([true, '1', 'x']);
  });

  it('keeps document properties as strings between executions', () => {
    const { fake, bundle } = setup(`
      function save() { PropertiesService.getDocumentProperties().setProperty('version', 3); }
      function load() { return PropertiesService.getDocumentProperties().getProperty('version'); }`);
    bundle.call('save');
    expect(bundle.call('load')).toBe('3');
    expect(fake.documentProperties()).toEqual({ version: '3' });
  });

  it('captures Logger and console output instead of printing it', () => {
    const { fake } = run(`Logger.log('Đã ghi %s dòng', 12); console.warn('cẩn thận', { a: 1 });`);
    expect(fake.state.logs).toEqual([
      { source: 'Logger', level: 'log', message: 'Đã ghi 12 dòng' },
      { source: 'console', level: 'warn', message: 'cẩn thận {"a":1}' },
    ]);
  });

  it('runs the script in its time zone: local dates are Asia/Ho_Chi_Minh dates', () => {
    const { result } = run(`var d = new Date(2024, 0, 5);
      return [d.toISOString(), d.getTimezoneOffset(), String(d).slice(0, 33), new Date('2024-01-05T00:00:00').getTime() === d.getTime()];`);
    expect(result).toEqual([
      '2024-01-04T17:00:00.000Z',
      -420,
      'Fri Jan 05 2024 00:00:00 GMT+0700',
      true,
    ]);
  });
});

describe('Service call counting', () => {
  const CODE = `
    function writeRows(n) {
      var rows = []; for (var i = 0; i < n; i++) rows.push([i, 'Nhiệm vụ ' + i, '']);
      ${SHEET} sh.getRange(2, 1, n, 3).setValues(rows);
    }
    function cellByCell(n) { ${SHEET} for (var i = 0; i < n; i++) sh.getRange(i + 2, 1).setValue(i); }`;

  it('counts calls by Class.method and in total, and resets', () => {
    const { fake, bundle } = setup(CODE);
    fake.calls.reset();
    bundle.call('writeRows', 10);
    expect(fake.calls.byName).toEqual({
      'Range.setValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
    });
    expect(fake.calls.total).toBe(4);
    expect(fake.calls.countWhere(/^Range\./)).toBe(1);
    fake.calls.reset();
    expect(fake.calls.total).toBe(0);
  });

  it('shows whether calls grow with rows', () => {
    const { fake, bundle } = setup(CODE);
    const callsFor = (fn: string, n: number): number => {
      fake.calls.reset();
      bundle.call(fn, n);
      return fake.calls.total;
    };
    expect(callsFor('writeRows', 500)).toBe(callsFor('writeRows', 5));
    expect(callsFor('cellByCell', 50)).toBeGreaterThan(callsFor('cellByCell', 5));
  });

  it('does not count what the fake, the runtime or the test does itself', () => {
    const { fake, bundle } = setup(
      'function onOpen(e) { return e.source.getSheets()[0].getRange(1, 1, 3, 3).setValue(1).getNumRows(); }',
    );
    fake.calls.reset();
    fake.sheet('Kế hoạch').values();
    fake.protections();
    expect(bundle.trigger('onOpen')).toBe(3);
    expect(fake.calls.log).toEqual([
      'Spreadsheet.getSheets',
      'Sheet.getRange',
      'Range.setValue',
      'Range.getNumRows',
    ]);
  });

  it('records members the fake does not implement', () => {
    const { fake, bundle } = setup(
      `function main() { ${SHEET} return typeof sh.setTextRotation; }`,
    );
    expect(bundle.call('main')).toBe('undefined');
    expect(fake.state.unimplemented).toEqual(['Sheet.setTextRotation']);
  });
});

describe('loadAppsScriptBundle', () => {
  it('runs onOpen from a hand-written script and records its menu', () => {
    const { fake, bundle } = setup(
      "function onOpen(e){ SpreadsheetApp.getUi().createMenu('Thi đua').addItem('Mở','openSidebar').addToUi(); }",
    );
    bundle.trigger('onOpen', { authMode: 'NONE' });
    expect(fake.state.menus).toEqual([
      {
        caption: 'Thi đua',
        addon: false,
        items: [{ kind: 'item', caption: 'Mở', functionName: 'openSidebar' }],
      },
    ]);
    expect(fake.state.callsDuringLoad).toEqual([]);
  });

  it('detects a service call made at the top level of the file', () => {
    const { fake, bundle } = setup(
      "var SS = SpreadsheetApp.getActiveSpreadsheet();\nfunction onOpen(e) { SpreadsheetApp.getUi().createMenu('Thi đua').addToUi(); }",
    );
    expect(fake.state.callsDuringLoad).toEqual(['SpreadsheetApp.getActiveSpreadsheet']);
    // In an add-on's onOpen without authorization, that top-level call breaks the menu.
    expect(thrown(() => bundle.trigger('onOpen', { authMode: 'NONE' }))).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
  });

  it('offers nothing from Node to the script', () => {
    const { result } = run(
      `return [typeof require, typeof process, typeof module, typeof setTimeout, typeof Buffer];`,
    );
    expect(result).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('evaluates the file again for every execution, so globals do not persist', () => {
    const { bundle } = setup('var count = 0; function bump() { return ++count; }');
    expect([bundle.call('bump'), bundle.call('bump')]).toEqual([1, 1]);
  });

  it('calls only top-level function declarations', () => {
    const { bundle } = setup(
      'function visible() { return 1; }\nvar assigned = function () { return 2; };\nglobalThis.attached = function attached() {};',
    );
    expect(bundle.entryPoints).toEqual(['visible']);
    expect(thrown(() => bundle.call('assigned'))).toBe('Script function not found: assigned');
  });
});

describe('callFromClient (google.script.run)', () => {
  const CODE = `
    function getPlan(opts) { return { name: 'Kế hoạch 2024', rows: [1, 2], unit: opts.unit, undef: undefined }; }
    function getDate() { return { saved: new Date() }; }
    function getLater() { return Promise.resolve({ ok: true }); }
    function helper_() { return 1; }
    function fail() { ${SHEET} sh.getRange(0, 1); }`;

  it('passes JSON-like arguments and returns a copy', () => {
    const { bundle } = setup(CODE);
    expect(bundle.callFromClient('getPlan', { unit: 'A' })).toEqual({
      name: 'Kế hoạch 2024',
      rows: [1, 2],
      unit: 'A',
    });
  });

  it('rejects a Date in the arguments like the client does', () => {
    const { bundle } = setup(CODE);
    expect(thrown(() => bundle.callFromClient('getPlan', { unit: 'A', since: new Date() }))).toBe(
      'Failed due to illegal value in property: since',
    );
    expect(thrown(() => bundle.callFromClient('getPlan', new Date()))).toBe(
      'Failed due to illegal value in property: 0',
    );
  });

  it('rejects a Date in the return value', () => {
    const { bundle } = setup(CODE);
    expect(thrown(() => bundle.callFromClient('getDate'))).toMatch(
      /^Failed due to illegal value in property: saved/,
    );
  });

  it('rejects a promise returned, which google.script.run does not wait for', () => {
    const { bundle } = setup(CODE);
    expect(thrown(() => bundle.callFromClient('getLater'))).toMatch(
      /^Failed due to illegal value in property: \(return value\)/,
    );
  });

  it('cannot call a private function (name ending in _)', () => {
    const { bundle } = setup(CODE);
    expect(thrown(() => bundle.callFromClient('helper_'))).toBe(
      'google.script.run.helper_ is not a function',
    );
    expect(bundle.call('helper_')).toBe(1);
  });

  it('passes a server error message to the client', () => {
    const { bundle } = setup(CODE);
    expect(thrown(() => bundle.callFromClient('fail'))).toBe(MESSAGES.startRowTooSmall);
  });
});

describe('Round trips', () => {
  it('leaves lookups and builders out: only calls that reach the spreadsheet count', () => {
    const { fake, bundle } = setup(`function main() {
      ${SHEET}
      var rule = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build();
      var r = sh.getRange(2, 1, 3, 2);
      r.setDataValidation(rule);
      return r.getNumRows() + r.getValues().length;
    }`);
    fake.calls.reset();
    expect(bundle.call('main')).toBe(6);
    expect(fake.calls.total).toBe(10);
    // getSheetByName, setDataValidation, getValues
    expect(fake.calls.roundTrips).toBe(3);
  });
});

describe('RangeList and text styles', () => {
  it('sets a border on every range of the list in one call', () => {
    const { fake } = run(
      `${SHEET} sh.getRangeList(['A1:B2', 'D4']).setBorder(true, true, true, true, true, true);`,
    );
    expect(fake.sheet('Kế hoạch').borders).toEqual([
      { range: 'A1:B2', sides: 'top left bottom right vertical horizontal' },
      { range: 'D4', sides: 'top left bottom right vertical horizontal' },
    ]);
  });

  it('refuses an empty list and an address that is not one', () => {
    expect(thrown(() => run(`${SHEET} sh.getRangeList([]);`))).toBe('Range not found');
    expect(thrown(() => run(`${SHEET} sh.getRangeList(['A1', 'nowhere!!']);`))).toBe(
      'Range not found',
    );
  });

  it('sets each cell’s font from its TextStyle, and refuses a grid of the wrong shape', () => {
    const { fake } = run(`${SHEET}
      var bold = SpreadsheetApp.newTextStyle().setFontFamily('Times New Roman').setFontSize(12)
        .setBold(true).setItalic(false).setForegroundColor('#C00000').build();
      var plain = SpreadsheetApp.newTextStyle().setFontFamily('Times New Roman').setFontSize(11)
        .setBold(false).setItalic(true).setForegroundColor('#000000').build();
      sh.getRange('A1:B1').setTextStyles([[bold, plain]]);`);
    const v = fake.sheet('Kế hoạch');
    expect(v.fontFamilies('A1:B1')).toEqual([['Times New Roman', 'Times New Roman']]);
    expect(v.fontSizes('A1:B1')).toEqual([[12, 11]]);
    expect(v.fontWeights('A1:B1')).toEqual([['bold', 'normal']]);
    expect(v.fontStyles('A1:B1')).toEqual([['normal', 'italic']]);
    expect(v.fontColors('A1:B1')).toEqual([['#c00000', '#000000']]);
    expect(
      thrown(() =>
        run(`${SHEET} var t = SpreadsheetApp.newTextStyle().setBold(true).build();
          sh.getRange('A1:B2').setTextStyles([[t, t]]);`),
      ),
    ).toBe(rowsMismatch(1, 2));
  });
});

describe('The advanced Sheets service', () => {
  const API = `var id = SpreadsheetApp.getActive().getId();
    var sheetId = SpreadsheetApp.getActive().getSheetByName('Kế hoạch').getSheetId();`;
  const send = (requests: string) => `${API}
    Sheets.Spreadsheets.batchUpdate({ requests: ${requests} }, id);`;

  it('is there only when enabled', () => {
    expect(run('return typeof Sheets;').result).toBe('undefined');
    expect(
      run('return typeof Sheets.Spreadsheets.batchUpdate;', { advancedSheets: true }).result,
    ).toBe('function');
  });

  it('applies merges, widths, number formats, validations and protections', () => {
    const { fake } = run(
      send(`[
        { mergeCells: { range: { sheetId: sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 }, mergeType: 'MERGE_ALL' } },
        { updateDimensionProperties: { range: { sheetId: sheetId, dimension: 'COLUMNS', startIndex: 1, endIndex: 3 }, properties: { pixelSize: 75 }, fields: 'pixelSize' } },
        { repeatCell: { range: { sheetId: sheetId, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 }, cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'dd/mm/yyyy' } } }, fields: 'userEnteredFormat.numberFormat' } },
        { setDataValidation: { range: { sheetId: sheetId, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 2, endColumnIndex: 3 }, rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Có' }, { userEnteredValue: 'Không' }] }, strict: true, showCustomUi: true } } },
        { addProtectedRange: { protectedRange: { range: { sheetId: sheetId }, description: 'Sổ', editors: { users: ['${UNIT}'] }, unprotectedRanges: [{ sheetId: sheetId, startRowIndex: 5, endRowIndex: 6, startColumnIndex: 0, endColumnIndex: 2 }] } } }
      ]`),
      { advancedSheets: true, editors: [OWNER, UNIT, OTHER] },
    );
    const v = fake.sheet('Kế hoạch');
    expect(v.merges).toEqual(['A1:C1']);
    expect(v.columnWidths).toEqual({ 2: 75, 3: 75 });
    expect(v.numberFormats('B2:B3')).toEqual([['dd/mm/yyyy'], ['dd/mm/yyyy']]);
    expect(v.validations('C2')).toEqual([
      [{ criteria: 'VALUE_IN_LIST', values: [['Có', 'Không'], true], allowInvalid: false }],
    ]);
    expect(fake.protections()).toEqual([
      {
        type: 'SHEET',
        sheet: 'Kế hoạch',
        range: expect.any(String) as string,
        description: 'Sổ',
        editors: [OWNER, UNIT],
        mirrorsFilePermissions: false,
        unprotected: ['A6:B6'],
        warningOnly: false,
        domainEdit: false,
      },
    ]);
  });

  it('adds, sizes and formats sheets, borders, notes, rules, filters and heights as the draw sends them', () => {
    const grid = (r0: number, r1: number, c0: number, c1: number) =>
      `{ sheetId: 77, startRowIndex: ${r0}, endRowIndex: ${r1}, startColumnIndex: ${c0}, endColumnIndex: ${c1} }`;
    const { fake } = run(
      send(`[
        { addSheet: { properties: { sheetId: 77, title: 'Mới', index: 0, gridProperties: { rowCount: 4, columnCount: 3, frozenRowCount: 1 } } } },
        { repeatCell: { range: ${grid(0, 4, 0, 3)}, cell: { userEnteredFormat: { textFormat: { fontFamily: 'Times New Roman', fontSize: 12, bold: false, italic: false, foregroundColor: { red: 0, green: 0, blue: 0 } } } }, fields: 'userEnteredFormat.textFormat' } },
        { repeatCell: { range: ${grid(0, 1, 0, 3)}, cell: { userEnteredFormat: { backgroundColor: { red: 1, green: 0.8, blue: 0 }, horizontalAlignment: 'CENTER', wrapStrategy: 'WRAP', textFormat: { bold: true } } }, fields: 'userEnteredFormat.backgroundColor,userEnteredFormat.horizontalAlignment,userEnteredFormat.wrapStrategy,userEnteredFormat.textFormat.bold' } },
        { updateBorders: { range: ${grid(0, 2, 0, 3)}, top: { style: 'SOLID' }, bottom: { style: 'SOLID' }, left: { style: 'SOLID' }, right: { style: 'SOLID' }, innerHorizontal: { style: 'SOLID' }, innerVertical: { style: 'SOLID' } } },
        { updateCells: { rows: [{ values: [{ note: 'ghi chú' }] }, { values: [{}] }], fields: 'note', start: { sheetId: 77, rowIndex: 1, columnIndex: 2 } } },
        { addConditionalFormatRule: { rule: { ranges: [${grid(1, 4, 1, 2)}], booleanRule: { condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: 'Xong' }] }, format: { backgroundColor: { red: 0, green: 1, blue: 0 } } } }, index: 0 } },
        { setBasicFilter: { filter: { range: ${grid(0, 4, 0, 3)} } } },
        { updateDimensionProperties: { range: { sheetId: 77, dimension: 'ROWS', startIndex: 0, endIndex: 1 }, properties: { pixelSize: 40 }, fields: 'pixelSize' } },
        { updateSheetProperties: { properties: { sheetId: sheetId, hidden: true, tabColor: { red: 0, green: 0, blue: 1 } }, fields: 'hidden,tabColor' } }
      ]`),
      { advancedSheets: true },
    );
    expect(fake.sheetNames()).toEqual(['Mới', 'Kế hoạch']);
    const v = fake.sheet('Mới');
    expect([v.maxRows, v.maxColumns, v.frozenRows]).toEqual([4, 3, 1]);
    expect(v.fontFamilies('A1:C1')).toEqual([
      ['Times New Roman', 'Times New Roman', 'Times New Roman'],
    ]);
    expect(v.fontWeights('A1:A2')).toEqual([['bold'], ['normal']]);
    expect(v.backgrounds('A1:A2')).toEqual([['#ffcc00'], ['#ffffff']]);
    expect(v.horizontalAlignments('B1')).toEqual([['center']]);
    expect(v.wraps('B1:B2')).toEqual([[true], [false]]);
    expect(v.borders).toEqual([
      { range: 'A1:C2', sides: 'top left bottom right vertical horizontal' },
    ]);
    expect(v.notes('C2:C3')).toEqual([['ghi chú'], ['']]);
    expect(v.conditionalFormats).toEqual([
      expect.objectContaining({ condition: 'TEXT_EQ', values: ['Xong'], background: '#00ff00' }),
    ]);
    expect(v.filter).toBe('A1:C4');
    expect(v.rowHeights).toEqual({ 1: 40 });
    expect(fake.sheet('Kế hoạch').hidden).toBe(true);
    expect(fake.sheet('Kế hoạch').tabColor).toBe('#0000ff');
  });

  it('answers get with the fields asked for, and only those', () => {
    const { result } = run(
      `${API}
      return Sheets.Spreadsheets.get(id, { fields: 'properties(locale),sheets(properties(sheetId,title),protectedRanges(requestingUserCanEdit))' });`,
      { advancedSheets: true },
    );
    expect(result).toEqual({
      properties: { locale: 'vi_VN' },
      sheets: [{ properties: { sheetId: 0, title: 'Kế hoạch' }, protectedRanges: [] }],
    });
  });

  it('undoes a batch that fails while applying, as the API applies all of it or nothing', () => {
    const { fake, bundle } = setup(
      `function main() {\n${send(`[
        { addSheet: { properties: { sheetId: 5, title: 'Tạm' } } },
        { repeatCell: { range: { sheetId: sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, cell: { userEnteredFormat: { numberFormat: { type: 'TEXT', pattern: '@' } } }, fields: 'userEnteredFormat.numberFormat' } },
        { mergeCells: { range: { sheetId: sheetId, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 }, mergeType: 'MERGE_ALL' } },
        { deleteProtectedRange: { protectedRangeId: 999 } }
      ]`)}\n}`,
      { advancedSheets: true },
    );
    expect(thrown(() => bundle.call('main'))).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[3].deleteProtectedRange: No protected range with id: 999',
    );
    expect(fake.sheetNames()).toEqual(['Kế hoạch']);
    expect(fake.sheet('Kế hoạch').numberFormats('A1')).toEqual([['0.###############']]);
    expect(fake.sheet('Kế hoạch').merges).toEqual([]);
  });

  it('writes values as typed (USER_ENTERED), all ranges or none, and reads sheets as getValues does', () => {
    const { fake, result } = run(
      `${API}
      Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'USER_ENTERED', data: [
        { range: "'Kế hoạch'!A1:C2", values: [['Việc', "'007", '=1+2'], ['Hạn', 41729, true]] }
      ] }, id);
      var got = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ["'Kế hoạch'"], valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' });
      var message = '';
      try {
        Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'USER_ENTERED', data: [
          { range: "'Kế hoạch'!A3", values: [['mới']] },
          { range: "'Kế hoạch'!A4", values: [[new Array(50002).join('x')]] }
        ] }, id);
      } catch (e) { message = e.message; }
      return { values: got.valueRanges[0].values, message: message };`,
      { advancedSheets: true },
    );
    expect(result).toEqual({
      // the fake computes no formula (its getValues reads '' there): a trailing empty cell is left out
      values: [
        ['Việc', '007'],
        ['Hạn', 41729, true],
      ],
      message: expect.stringMatching(
        /^API call to sheets\.spreadsheets\.values\.batchUpdate failed with error: /,
      ) as string,
    });
    expect(fake.sheet('Kế hoạch').formulas('C1')).toEqual([['=1+2']]);
    // the first range of the failed call was undone
    expect(fake.sheet('Kế hoạch').values('A3')).toEqual([['']]);
  });

  it('refuses a request of the wrong shape, with the API’s words, and applies none of the batch', () => {
    const merge = `{ mergeCells: { range: { sheetId: sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 2 }, mergeType: 'MERGE_ALL' } }`;
    const cases: [string, string][] = [
      [
        `[${merge}, { mergeCell: {} }]`,
        `Invalid JSON payload received. Unknown name "mergeCell" at 'requests[1]': Cannot find field.`,
      ],
      [
        `[{ mergeCells: { range: { sheetId: sheetId, startRow: 0 } } }]`,
        `Invalid JSON payload received. Unknown name "startRow" at 'requests[0].merge_cells.range': Cannot find field.`,
      ],
      [
        `[{ mergeCells: { range: { sheetId: sheetId }, mergeType: 'ALL' } }]`,
        `Invalid value at 'requests[0].merge_cells.merge_type' (TYPE_ENUM), "ALL"`,
      ],
      [
        `[{ updateDimensionProperties: { range: { sheetId: sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 }, properties: { pixelSize: '75' }, fields: 'pixelSize' } }]`,
        `Invalid value at 'requests[0].update_dimension_properties.properties.pixel_size' (TYPE_INT32), "75"`,
      ],
      [
        `[{ mergeCells: { range: { sheetId: sheetId }, mergeType: 'MERGE_ALL' }, unmergeCells: {} }]`,
        `Invalid value at 'requests[0]' (oneof), oneof field 'kind' is already set. Cannot overwrite with 'unmerge_cells'`,
      ],
      [
        `[{ mergeCells: { range: { sheetId: 4242, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 2 }, mergeType: 'MERGE_ALL' } }]`,
        `Invalid requests[0].mergeCells: No grid with id: 4242`,
      ],
      [
        `[${merge}, { repeatCell: { range: { sheetId: sheetId }, cell: { userEnteredFormat: { wrapStrategy: 'WRAPPED' } }, fields: 'userEnteredFormat.wrapStrategy' } }]`,
        `Invalid value at 'requests[1].repeat_cell.cell.user_entered_format.wrap_strategy' (TYPE_ENUM), "WRAPPED"`,
      ],
      [
        `[${merge}, { repeatCell: { range: { sheetId: sheetId }, cell: { userEnteredFormat: { textFormat: { bold: true } } }, fields: 'userEnteredFormat.textFormat.heavy' } }]`,
        `Invalid requests[1].repeatCell: fields mask names no field of the message`,
      ],
      [
        `[${merge}, { updateSheetProperties: { properties: { sheetId: sheetId, gridProperties: { rowCount: '5' } }, fields: 'gridProperties.rowCount' } }]`,
        `Invalid value at 'requests[1].update_sheet_properties.properties.grid_properties.row_count' (TYPE_INT32), "5"`,
      ],
      [
        `[${merge}, { updateCells: { rows: [], fields: 'note', start: { sheetId: sheetId }, range: { sheetId: sheetId } } }]`,
        `Invalid requests[1].updateCells: exactly one of start and range must be set`,
      ],
      [
        `[${merge}, { addConditionalFormatRule: { rule: { ranges: [{ sheetId: sheetId }], booleanRule: { condition: { type: 'TEXT_EQ', values: [{ userEnteredValue: 'x' }] }, format: { backgroundColor: { red: 'đỏ' } } } } } }]`,
        `Invalid value at 'requests[1].add_conditional_format_rule.rule.boolean_rule.format.background_color.red' (TYPE_DOUBLE), "đỏ"`,
      ],
    ];
    for (const [requests, message] of cases) {
      const { fake, bundle } = setup(`function main() {\n${send(requests)}\n}`, {
        advancedSheets: true,
      });
      expect(thrown(() => bundle.call('main'))).toBe(
        `API call to sheets.spreadsheets.batchUpdate failed with error: ${message}`,
      );
      expect(fake.sheet('Kế hoạch').merges).toEqual([]);
    }
  });
});
