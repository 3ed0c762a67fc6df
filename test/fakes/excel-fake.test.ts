import {
  createExcelFake,
  type ExcelFake,
  type FakeOfficeError,
  isFakeOfficeError,
  type FakeRequestContext,
} from './excel-fake';

/** The rejection of a promise (or the throw of a function), for asserting on code and message. */
async function failure(work: Promise<unknown> | (() => unknown)): Promise<FakeOfficeError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (e) {
    if (isFakeOfficeError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

function inRun<T>(fake: ExcelFake, batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
  return fake.Excel.run(batch);
}

describe('createExcelFake', () => {
  it('starts with one empty Sheet1 unless told otherwise', () => {
    expect(createExcelFake().workbook.sheetNames()).toEqual(['Sheet1']);
    const fake = createExcelFake({
      sheets: [{ name: 'Kế hoạch', values: [['Stt', 'Nội dung']] }, 'Đơn vị'],
    });
    expect(fake.workbook.sheetNames()).toEqual(['Kế hoạch', 'Đơn vị']);
    expect(fake.workbook.getValues('Kế hoạch', 'A1:B1')).toEqual([['Stt', 'Nội dung']]);
  });

  it('installs Excel and Office as globals and takes them back', () => {
    const fake = createExcelFake();
    const target: Record<string, unknown> = {};
    const uninstall = fake.install(target);
    expect(target.Excel).toBe(fake.Excel);
    expect(target.Office).toBe(fake.Office);
    uninstall();
    expect(target).toEqual({});
  });
});

describe('Office', () => {
  it('is ready in Excel on the web', async () => {
    const fake = createExcelFake();
    await expect(fake.Office.onReady()).resolves.toEqual({
      host: 'Excel',
      platform: 'OfficeOnline',
    });
  });

  it('answers isSetSupported from the ExcelApi version', () => {
    const { Office } = createExcelFake({ apiVersion: '1.7' });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(Office.context.requirements.isSetSupported('ExcelApi')).toBe(true);
    expect(createExcelFake().Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(
      true,
    );
  });
});

describe('load and sync', () => {
  it('throws PropertyNotLoaded when a property is read before load', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      const error = await failure(() => range.values);
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.name).toBe('RichApi.Error');
      expect(error.message).toMatchInlineSnapshot(
        `"The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context."`,
      );
    });
  });

  it('throws PropertyNotLoaded when a property is loaded but not yet synced', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B3');
      range.load('rowIndex');
      expect((await failure(() => range.rowIndex)).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.rowIndex).toBe(2);
    });
  });

  it('reads what was loaded, as of the load in the queue, not later changes', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Sheet1', values: [[1, 2]] }] });
    await inRun(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.load('values, rowCount, columnCount, rowIndex, columnIndex');
      range.values = [[3, 4]];
      expect(range.values).toEqual([[3, 4]]); // a set value reads back at once, as in office.js
      await context.sync();
      expect(range.values).toEqual([[1, 2]]); // the load ran before the write
      const again = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
      await context.sync();
      expect(again.values).toEqual([[3, 4]]);
      expect([range.rowCount, range.columnCount, range.rowIndex, range.columnIndex]).toEqual([
        1, 2, 0, 0,
      ]);
    });
  });

  it('loads nested paths, arrays and select/expand forms', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.format.font.bold = true;
      range.format.fill.color = '#FFFF00';
      range.load(['format/font/bold', 'format/fill/color']);
      const other = context.workbook.worksheets.getItem('Sheet1').getRange('C4');
      other.load({ select: 'rowIndex', expand: 'format/font' });
      await context.sync();
      expect(range.format.font.bold).toBe(true);
      expect(range.format.fill.color).toBe('#FFFF00');
      expect(other.rowIndex).toBe(3);
      expect(other.format.font.name).toBe('Calibri');
    });
  });

  it('fails the sync on a property that does not exist', async () => {
    const fake = createExcelFake();
    const error = await failure(
      inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('value');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  it('loads a collection with items/name', async () => {
    const fake = createExcelFake({ sheets: ['A', 'B', 'C'] });
    const names = await inRun(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      expect((await failure(() => sheets.items)).code).toBe('PropertyNotLoaded');
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(['A', 'B', 'C']);
  });

  it('applies the actions before a failure and drops those after it', async () => {
    const fake = createExcelFake();
    const error = await failure(
      inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['before']];
        sheet.getRange('A2').values = [['x', 'too wide']];
        sheet.getRange('A3').values = [['after']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    expect(fake.workbook.getValues('Sheet1', 'A1:A3')).toEqual([['before'], [''], ['']]);
  });

  it('flushes what is still queued when the batch function resolves', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['no explicit sync']];
    });
    expect(fake.workbook.getValues('Sheet1', 'A1')).toEqual([['no explicit sync']]);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.log[0]?.explicit).toBe(false);
  });

  it('refuses a batch function that does not return a promise', async () => {
    const fake = createExcelFake();
    const run = fake.Excel.run as unknown as (f: () => unknown) => Promise<unknown>;
    expect((await failure(run(() => undefined))).code).toBe('RunMustReturnPromise');
  });

  it('refuses a range of another request context as an argument', async () => {
    const fake = createExcelFake();
    let stale: ReturnType<FakeRequestContext['workbook']['worksheets']['getItem']> | undefined;
    await inRun(fake, async (context) => {
      stale = context.workbook.worksheets.getItem('Sheet1');
    });
    await inRun(fake, async (context) => {
      const range = stale!.getRange('A1:A3');
      const error = await failure(() =>
        context.workbook.worksheets.getItem('Sheet1').freezePanes.freezeAt(range),
      );
      expect(error.code).toBe('InvalidRequestContext');
    });
  });
});

describe('worksheets', () => {
  it('fails getItem with ItemNotFound at sync, not at the call', async () => {
    const fake = createExcelFake();
    const error = await failure(
      inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Không có');
        expect(sheet).toBeDefined();
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
  });

  it('finds sheets case-insensitively and by id', async () => {
    const fake = createExcelFake({ sheets: ['Kế hoạch'] });
    const id = fake.workbook.sheet('Kế hoạch').id;
    await inRun(fake, async (context) => {
      const a = context.workbook.worksheets.getItem('KẾ HOẠCH').load('name');
      const b = context.workbook.worksheets.getItem(id).load('name');
      await context.sync();
      expect([a.name, b.name]).toEqual(['Kế hoạch', 'Kế hoạch']);
    });
  });

  it('adds sheets, refusing a taken or invalid name', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      context.workbook.worksheets.add('Tổng hợp');
      context.workbook.worksheets.add();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', 'Tổng hợp', 'Sheet3']);
    const taken = await failure(
      inRun(fake, async (c) => void c.workbook.worksheets.add('tổng hợp')),
    );
    expect(taken.code).toBe('ItemAlreadyExists');
    const badName = await failure(
      inRun(fake, async (c) => void c.workbook.worksheets.add('Quý I/2014')),
    );
    expect(badName.code).toBe('InvalidArgument');
    const tooLong = await failure(
      inRun(fake, async (c) => void c.workbook.worksheets.add('x'.repeat(32))),
    );
    expect(tooLong.code).toBe('InvalidArgument');
  });

  it('renames, colours and hides sheets', async () => {
    const fake = createExcelFake({ sheets: ['A', 'B', 'C'] });
    await inRun(fake, async (context) => {
      const b = context.workbook.worksheets.getItem('B');
      b.name = 'Bảng';
      b.tabColor = '#ff0000';
      context.workbook.worksheets.getItem('A').visibility = 'VeryHidden';
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['A', 'Bảng', 'C']);
    expect(fake.workbook.sheet('Bảng').tabColor).toBe('#FF0000');
    expect(fake.workbook.sheet('A').visibility).toBe('VeryHidden');
  });

  it('refuses to hide the last visible sheet', async () => {
    const fake = createExcelFake({ sheets: ['A', { name: 'Hidden', visibility: 'VeryHidden' }] });
    const hide = await failure(
      inRun(fake, async (c) => {
        c.workbook.worksheets.getItem('A').visibility = 'Hidden';
      }),
    );
    expect(hide.code).toBe('InvalidOperation');
  });

  it('gives the active worksheet', async () => {
    const fake = createExcelFake({ sheets: ['A', 'B'] });
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('B').activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('B');
    });
  });
});

describe('ranges', () => {
  it('selects a range for the user: its sheet becomes active, and a hidden sheet refuses', async () => {
    const fake = createExcelFake({ sheets: ['A', 'B', { name: 'H', visibility: 'Hidden' }] });
    const selected = await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('B').getRange('A3:K5').select();
      const range = context.workbook.getSelectedRange().load('rowIndex,rowCount,columnCount');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return [active.name, range.rowIndex, range.rowCount, range.columnCount];
    });
    expect(selected).toEqual(['B', 2, 3, 11]);
    const hidden = await failure(
      inRun(fake, async (c) => {
        c.workbook.worksheets.getItem('H').getRange('A1').select();
      }),
    );
    expect(hidden.code).toBe('InvalidOperation');
  });

  it('parses cell, block, whole-column and whole-row addresses', async () => {
    const fake = createExcelFake({ sheets: ['Kế hoạch'] });
    const bounds = await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kế hoạch');
      const ranges = ['a1', 'A1:K20', 'A:A', 'B:D', '2:3', '$C$5'].map((a) =>
        sheet.getRange(a).load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      await context.sync();
      return ranges.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
    });
    expect(bounds).toEqual([
      [0, 0, 1, 1],
      [0, 0, 20, 11],
      [0, 0, 1_048_576, 1],
      [0, 1, 1_048_576, 3],
      [1, 0, 2, 16_384],
      [4, 2, 1, 1],
    ]);
  });

  it('fails a bad address with InvalidArgument at sync', async () => {
    const fake = createExcelFake();
    for (const address of ['A0', 'XFE1', 'A1:B2:C3', 'Tên', 'Other!A1']) {
      const error = await failure(
        inRun(
          fake,
          async (c) =>
            void c.workbook.worksheets.getItem('Sheet1').getRange(address).load('rowIndex'),
        ),
      );
      expect(error.code).toBe('InvalidArgument');
    }
  });

  it('gives a row of a range and a cell of a sheet', async () => {
    const fake = createExcelFake();
    const got = await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const list = [sheet.getRange('B2:C4').getRow(2), sheet.getCell(4, 3)].map((r) =>
        r.load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      await context.sync();
      return list.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
    });
    expect(got).toEqual([
      [3, 1, 1, 2],
      [4, 3, 1, 1],
    ]);
  });

  it('fails a row that leaves the grid', async () => {
    const fake = createExcelFake();
    const error = await failure(
      inRun(
        fake,
        async (c) =>
          void c.workbook.worksheets
            .getItem('Sheet1')
            .getRange('A1048576')
            .getRow(1)
            .load('rowIndex'),
      ),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  describe('values and formulas', () => {
    it('throws InvalidArgument at sync when the array does not match the range', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C2');
        range.values = [[1, 2, 3]];
        const error = await failure(context.sync());
        expect(error.code).toBe('InvalidArgument');
        expect(error.message).toMatchInlineSnapshot(
          `"The number of rows or columns in the input array doesn't match the size or dimensions of the range."`,
        );
        range.values = [
          [1, 2, 3],
          [4, 5],
        ];
        expect((await failure(context.sync())).code).toBe('InvalidArgument');
      });
      expect(fake.workbook.sheet('Sheet1').usedRange()).toBeNull();
    });

    it('fills the whole range with a scalar', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        (sheet.getRange('A1:B2') as { values: unknown }).values = 'x';
        (sheet.getRange('C1:C3') as { formulas: unknown }).formulas = '=A1*2';
        (sheet.getRange('D1:D2') as { numberFormat: unknown }).numberFormat = '0.00';
        await context.sync();
      });
      expect(fake.workbook.getValues('Sheet1', 'A1:B2')).toEqual([
        ['x', 'x'],
        ['x', 'x'],
      ]);
      expect(fake.workbook.getFormulas('Sheet1', 'C1:C3')).toEqual([
        ['=A1*2'],
        ['=A2*2'],
        ['=A3*2'],
      ]);
      expect(fake.workbook.getNumberFormats('Sheet1', 'D1:D2')).toEqual([['0.00'], ['0.00']]);
    });

    it('makes a formula of a value starting with "=" and stores text after an apostrophe', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
        range.values = [['=B1+1', "'=B1+1", 'plain']];
        await context.sync();
        range.load('values, formulas');
        await context.sync();
        expect(range.formulas).toEqual([['=B1+1', '=B1+1', 'plain']]);
        expect(range.values).toEqual([[null, '=B1+1', 'plain']]);
      });
      const sheet = fake.workbook.sheet('Sheet1');
      expect(sheet.cell('A1').formula).toBe('=B1+1');
      expect(sheet.cell('B1')).toMatchObject({ value: '=B1+1', formula: null, quotePrefix: true });
    });

    it('treats text starting with "-" or "+" as a formula, as Excel does', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1');
        range.values = [['- BTV Tỉnh Đoàn.', "'- BTV Tỉnh Đoàn.", '-5', '+84']];
        await context.sync();
      });
      const sheet = fake.workbook.sheet('Sheet1');
      expect(sheet.cell('A1').formula).toBe('=- BTV Tỉnh Đoàn.');
      expect(sheet.cell('B1').value).toBe('- BTV Tỉnh Đoàn.');
      expect(fake.workbook.getValues('Sheet1', 'C1:D1')).toEqual([[-5, 84]]);
    });

    it('converts numeric text, percentages and TRUE/FALSE unless the cell is formatted as text', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:D1').values = [['00123', '12%', 'true', '07/04/2014']];
        const text = sheet.getRange('A2:B2');
        text.numberFormat = [['@', '@']];
        text.values = [['00123', '=A1']];
        await context.sync();
      });
      expect(fake.workbook.getValues('Sheet1', 'A1:D2')).toEqual([
        [123, 0.12, true, '07/04/2014'],
        ['00123', '=A1', '', ''],
      ]);
    });

    it('leaves cells given null unchanged and clears cells given ""', async () => {
      const fake = createExcelFake({ sheets: [{ name: 'Sheet1', values: [[1, 2, 3]] }] });
      await inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').values = [[null, '', 'c']];
        await context.sync();
      });
      expect(fake.workbook.getValues('Sheet1', 'A1:C1')).toEqual([[1, '', 'c']]);
    });

    it('refuses null for the whole property and an unbalanced formula', async () => {
      const fake = createExcelFake();
      const nullValues = await failure(
        inRun(fake, async (c) => {
          (c.workbook.worksheets.getItem('Sheet1').getRange('A1') as { values: unknown }).values =
            null;
        }),
      );
      expect(nullValues.code).toBe('InvalidArgument');
      const badFormula = await failure(
        inRun(fake, async (c) => {
          c.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM(A2:A3']];
        }),
      );
      expect(badFormula.code).toBe('InvalidArgument');
    });

    it('keeps the value written before a formula as its cached result, and lets a test set it', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const cell = context.workbook.worksheets.getItem('Sheet1').getRange('B1');
        cell.values = [[7]];
        cell.formulas = [['=COUNTIF(A:A,"x")']];
        await context.sync();
      });
      expect(fake.workbook.getValues('Sheet1', 'B1')).toEqual([[7]]);
      expect(fake.workbook.getFormulas('Sheet1', 'B1')).toEqual([['=COUNTIF(A:A,"x")']]);
      fake.workbook.setCachedValue('Sheet1', 'B1', 9);
      expect(fake.workbook.getValues('Sheet1', 'B1')).toEqual([[9]]);
    });

    it('writes 50,000 rows × 11 columns in chunks and reads them back', async () => {
      const fake = createExcelFake();
      const rowsTotal = 50_000;
      const chunk = 5_000;
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        for (let start = 0; start < rowsTotal; start += chunk) {
          const block = Array.from({ length: chunk }, (_, i) =>
            Array.from({ length: 11 }, (_, c) =>
              c === 0 ? start + i + 1 : `Việc ${start + i + 1}.${c}`,
            ),
          );
          sheet.getRange(`A${start + 1}:K${start + chunk}`).values = block;
          await context.sync();
        }
      });
      expect(fake.workbook.sheet('Sheet1').usedRange()).toBe('A1:K50000');
      expect(fake.workbook.getValues('Sheet1', 'A50000:B50000')).toEqual([
        [50_000, 'Việc 50000.1'],
      ]);
      expect(fake.stats.syncs).toBe(10);
      expect(fake.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    });
  });

  describe('used range', () => {
    it('spans values and formats, or values only', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('B2').values = [['x']];
        sheet.getRange('D5').format.fill.color = 'yellow';
        const bounds = 'rowIndex,columnIndex,rowCount,columnCount';
        const used = sheet.getUsedRange().load(bounds);
        const usedValues = sheet.getUsedRange(true).load(bounds);
        await context.sync();
        expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
          1, 1, 4, 3,
        ]); // B2:D5
        expect([usedValues.rowIndex, usedValues.columnIndex, usedValues.rowCount]).toEqual([
          1, 1, 1,
        ]); // B2
      });
    });

    it('is A1 for an empty sheet', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const used = sheet.getUsedRange().load('rowIndex,columnIndex,rowCount,columnCount');
        await context.sync();
        expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
          0, 0, 1, 1,
        ]);
      });
    });
  });

  describe('formats', () => {
    it('records font, fill, alignment, wrap and borders per cell', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const header = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
        const font = header.format.font;
        font.name = 'Times New Roman';
        font.size = 13;
        font.bold = true;
        font.italic = true;
        font.color = '#1f4e79';
        header.format.fill.color = '#DDEBF7';
        header.format.horizontalAlignment = 'Center';
        header.format.verticalAlignment = 'Center';
        header.format.wrapText = true;
        header.format.borders.getItem('EdgeBottom').style = 'Continuous';
        header.format.borders.getItem('InsideVertical').weight = 'Thin';
        await context.sync();
      });
      const b1 = fake.workbook.getCell('Sheet1', 'B1').format;
      expect(b1).toMatchObject({
        fontName: 'Times New Roman',
        fontSize: 13,
        bold: true,
        italic: true,
        fontColor: '#1F4E79',
        fill: '#DDEBF7',
        horizontalAlignment: 'Center',
        verticalAlignment: 'Center',
        wrapText: true,
      });
      expect(b1.borders).toEqual({
        bottom: { style: 'Continuous', color: '#000000', weight: 'Thin' },
        left: { style: 'Continuous', color: '#000000', weight: 'Thin' },
        right: { style: 'Continuous', color: '#000000', weight: 'Thin' },
      });
      expect(fake.workbook.getCell('Sheet1', 'A1').format.borders.left).toBeUndefined();
    });

    it('reads null for a format that differs across the range', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').format.font.bold = true;
        const range = sheet.getRange('A1:B1').load('format/font/bold, format/columnWidth');
        await context.sync();
        expect(range.format.font.bold).toBeNull();
        expect(range.format.columnWidth).toBe(48);
      });
    });

    it('keeps whole-column formats without a cell per row', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        const columns = sheet.getRange('A:K');
        columns.format.protection.locked = false;
        columns.format.wrapText = true;
        sheet.getRange('B:B').format.columnWidth = 300;
        sheet.getRange('3:3').format.rowHeight = 30;
        await context.sync();
      });
      const sheet = fake.workbook.sheet('Sheet1');
      expect(sheet.cells.size).toBe(0);
      expect(fake.workbook.getCell('Sheet1', 'K1048576').format.locked).toBe(false);
      expect(fake.workbook.getCell('Sheet1', 'L1').format.locked).toBe(true);
      expect(fake.workbook.getCell('Sheet1', 'C9').format.wrapText).toBe(true);
      expect([sheet.columnWidth('B'), sheet.columnWidth('C'), sheet.rowHeight(3)]).toEqual([
        300, 48, 30,
      ]);
    });

    it('refuses values, formulas and number formats on whole columns or rows, even one value', async () => {
      const fake = createExcelFake();
      for (const [address, property] of [
        ['A:B', 'values'],
        ['C:C', 'formulas'],
        ['A:K', 'numberFormat'],
        ['3:4', 'numberFormat'],
      ] as const) {
        await inRun(fake, async (context) => {
          const range = context.workbook.worksheets.getItem('Sheet1').getRange(address);
          (range as unknown as Record<string, unknown>)[property] = '@';
          expect((await failure(context.sync())).code).toBe('InvalidArgument');
        });
      }
      expect(fake.workbook.sheet('Sheet1').cells.size).toBe(0);
      expect(fake.workbook.getCell('Sheet1', 'C9').numberFormat).toBe('General');
    });

    it('refuses an unknown color, alignment or an oversized row', async () => {
      const fake = createExcelFake();
      const attempts: ((c: FakeRequestContext) => void)[] = [
        (c) =>
          (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'bluish'),
        (c) =>
          ((
            c.workbook.worksheets.getItem('Sheet1').getRange('A1').format as {
              horizontalAlignment: string;
            }
          ).horizontalAlignment = 'Middle'),
        (c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.rowHeight = 500),
      ];
      for (const attempt of attempts) {
        expect((await failure(inRun(fake, async (c) => attempt(c)))).code).toBe('InvalidArgument');
      }
    });

    it('autofits rows from the text, approximately', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:A2').values = [['Nội dung công việc rất dài'], ['dòng 1\ndòng 2']];
        sheet.getRange('A1:A2').format.autofitRows();
        await context.sync();
      });
      const sheet = fake.workbook.sheet('Sheet1');
      expect(sheet.rowHeight(1)).toBe(15);
      expect(sheet.rowHeight(2)).toBe(30);
    });
  });

  describe('merges', () => {
    it('merges a block or each row across, keeping only the top-left value', async () => {
      const fake = createExcelFake({
        sheets: [{ name: 'Sheet1', values: [['Quý I/2014', 'lost']] }],
      });
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:D1').merge();
        sheet.getRange('A3:C4').merge(true);
        await context.sync();
      });
      const sheet = fake.workbook.sheet('Sheet1');
      expect(sheet.merges).toEqual(['A1:D1', 'A3:C3', 'A4:C4']);
      expect(fake.workbook.getValues('Sheet1', 'A1:B1')).toEqual([['Quý I/2014', '']]);
    });

    it('refuses a merge that cuts through another', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:C1').merge();
        sheet.getRange('B1:D1').merge();
        expect((await failure(context.sync())).code).toBe('InvalidOperation');
      });
      expect(fake.workbook.sheet('Sheet1').merges).toEqual(['A1:C1']);
    });

    it('still reports the full size of a merged range, so a 1×1 array does not fit it', async () => {
      const fake = createExcelFake();
      const error = await failure(
        inRun(fake, async (context) => {
          const header = context.workbook.worksheets.getItem('Sheet1').getRange('A7:H7');
          header.merge();
          header.values = [['KẾ HOẠCH']];
          await context.sync();
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    });
  });

  describe('merged areas (ExcelApi 1.13)', () => {
    async function merged(fake: ExcelFake, address: string) {
      return inRun(fake, async (context) => {
        const areas = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange(address)
          .getMergedAreasOrNullObject();
        areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
        // known only once the request has been answered
        expect((await failure(() => areas.isNullObject)).code).toBe('PropertyNotLoaded');
        await context.sync();
        if (areas.isNullObject) return null;
        return areas.areas.items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);
      });
    }

    function withMerges(apiVersion = '1.17'): Promise<ExcelFake> {
      const fake = createExcelFake({ apiVersion });
      return inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        for (const a of ['B2:E2', 'C3:C5', 'A4:A6']) sheet.getRange(a).merge();
        await context.sync();
        return fake;
      });
    }

    it('gives the areas whose top-left cell is in the range, in row order, with their ranges', async () => {
      const fake = await withMerges();
      expect(await merged(fake, 'A1:E6')).toEqual([
        [1, 1, 1, 4], // B2:E2
        [2, 2, 3, 1], // C3:C5
        [3, 0, 3, 1], // A4:A6
      ]);
      // C3:C5 starts above C4:E6, and B2:E2 and A4:A6 outside it: Excel leaves them out
      expect(await merged(fake, 'C4:E6')).toBeNull();
      expect(await merged(fake, 'A3:C3')).toEqual([[2, 2, 3, 1]]);
    });

    it('is not there below ExcelApi 1.13', async () => {
      const fake = await withMerges('1.12');
      const e = await failure(merged(fake, 'A1:E6'));
      expect(e.code).toBe('ApiNotFound');
      expect(e.debugInfo.errorLocation).toBe('Range.getMergedAreasOrNullObject');
    });

    it('fails beyond 512 merged areas, as documented', async () => {
      const fake = createExcelFake();
      await inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B513').merge(true);
        await context.sync();
      });
      expect((await failure(merged(fake, 'A1:B513'))).code).toBe('GeneralException');
      expect(await merged(fake, 'A1:B512')).toHaveLength(512);
    });
  });

  describe('clear', () => {
    it('clears contents, formats or both', async () => {
      const fake = createExcelFake({ sheets: [{ name: 'Sheet1', values: [['a', 'b']] }] });
      await inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1:B1').format.font.bold = true;
        sheet.getRange('A1').clear('Contents');
        sheet.getRange('B1').clear('Formats');
        await context.sync();
      });
      expect(fake.workbook.getCell('Sheet1', 'A1')).toMatchObject({
        value: null,
        format: { bold: true },
      });
      expect(fake.workbook.getCell('Sheet1', 'B1')).toMatchObject({
        value: 'b',
        format: { bold: false },
      });
    });
  });
});

describe('data validation', () => {
  it('records a list rule with its alert and prompt', async () => {
    const fake = createExcelFake({
      sheets: ['Tiến độ', { name: 'Đơn vị', values: [['Bảo Lạc'], ['Bảo Lâm'], ['Hà Quảng']] }],
    });
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tiến độ');
      const units = context.workbook.worksheets.getItem('Đơn vị').getRange('A1:A3');
      const status = sheet.getRange('F2:F31');
      status.dataValidation.rule = {
        list: { inCellDropDown: true, source: 'Chưa làm,Đang làm,Hoàn thành' },
      };
      status.dataValidation.errorAlert = {
        message: 'Chọn trong danh sách',
        showAlert: true,
        style: 'Stop',
        title: 'Sai',
      };
      status.dataValidation.prompt = { message: 'Trạng thái', showPrompt: true, title: 'Tiến độ' };
      sheet.getRange('C2:C31').dataValidation.rule = {
        list: { inCellDropDown: true, source: units },
      };
      sheet.getRange('G2:G31').dataValidation.rule = {
        date: { formula1: '2014-01-01', formula2: '2014-12-31', operator: 'Between' },
      };
      const read = sheet.getRange('F2:F31').load('dataValidation/rule');
      await context.sync();
      expect(read.dataValidation.rule).toEqual({
        list: { inCellDropDown: true, source: 'Chưa làm,Đang làm,Hoàn thành' },
      });
    });
    const validations = fake.workbook.sheet('Tiến độ').dataValidations;
    expect(validations).toEqual([
      {
        address: 'F2:F31',
        type: 'List',
        rule: { list: { inCellDropDown: true, source: 'Chưa làm,Đang làm,Hoàn thành' } },
        errorAlert: {
          message: 'Chọn trong danh sách',
          showAlert: true,
          style: 'Stop',
          title: 'Sai',
        },
        prompt: { message: 'Trạng thái', showPrompt: true, title: 'Tiến độ' },
        ignoreBlanks: true,
      },
      expect.objectContaining({
        address: 'C2:C31',
        rule: { list: { inCellDropDown: true, source: "='Đơn vị'!$A$1:$A$3" } },
      }),
      expect.objectContaining({ address: 'G2:G31', type: 'Date' }),
    ]);
  });

  it('refuses a rule of two types, a typed list over 255 characters and an overlong title', async () => {
    const fake = createExcelFake();
    const rules: unknown[] = [
      { list: { inCellDropDown: true, source: 'a,b' }, custom: { formula: '=TRUE' } },
      { list: { inCellDropDown: true, source: 'x'.repeat(256) } },
      { wholeNumber: { formula1: 1, operator: 'Between' } },
    ];
    for (const rule of rules) {
      const error = await failure(
        inRun(fake, async (c) => {
          c.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').dataValidation.rule =
            rule as Record<string, unknown>;
        }),
      );
      expect(error.code).toBe('InvalidArgument');
    }
    const title = await failure(
      inRun(fake, async (c) => {
        c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.errorAlert = {
          message: '',
          showAlert: true,
          style: 'Stop',
          title: 'Một tiêu đề dài hơn ba mươi hai ký tự',
        };
      }),
    );
    expect(title.code).toBe('InvalidArgument');
  });

  it('clears the overlapping part only', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A10').dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: 'GreaterThan' },
      };
      sheet.getRange('A4:A6').dataValidation.clear();
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').dataValidations.map((v) => v.address)).toEqual([
      'A1:A3',
      'A7:A10',
    ]);
  });
});

describe('conditional formats', () => {
  it('records cell-value rules with their formats, newest first', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('F2:F100');
      const overdue = range.conditionalFormats.add('CellValue');
      overdue.cellValue.rule = { formula1: '=TODAY()', operator: 'LessThan' };
      overdue.cellValue.format.font.color = '#9C0006';
      overdue.cellValue.format.fill.color = '#FFC7CE';
      const done = range.conditionalFormats.add('CellValue');
      done.cellValue.rule = { formula1: '="Hoàn thành"', operator: 'EqualTo' };
      done.cellValue.format.fill.color = 'lightgray';
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').conditionalFormats).toEqual([
      {
        address: 'F2:F100',
        type: 'CellValue',
        rule: { formula1: '="Hoàn thành"', operator: 'EqualTo' },
        format: { fill: '#D3D3D3' },
        priority: 0,
        stopIfTrue: false,
      },
      {
        address: 'F2:F100',
        type: 'CellValue',
        rule: { formula1: '=TODAY()', operator: 'LessThan' },
        format: { fontColor: '#9C0006', fill: '#FFC7CE' },
        priority: 1,
        stopIfTrue: false,
      },
    ]);
  });

  it('fails when the rule view does not match the type', async () => {
    const fake = createExcelFake();
    const error = await failure(
      inRun(fake, async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange('A1')
          .conditionalFormats.add('Custom');
        cf.cellValue.rule = { formula1: '1', operator: 'EqualTo' };
      }),
    );
    expect(error.code).toBe('InvalidOperation');
  });
});

describe('protection', () => {
  it('records protection with its options, and unlocked cells', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('F2:H100').format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true, allowAutoFilter: true });
      await context.sync();
    });
    const sheet = fake.workbook.sheet('Sheet1');
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject({
      allowFormatColumns: true,
      allowAutoFilter: true,
      allowFormatCells: false,
    });
    expect(sheet.cell('G50').format.locked).toBe(false);
    expect(sheet.cell('E50').format.locked).toBe(true);
  });

  it('lets unlocked cells be written on a protected sheet and refuses locked ones', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('F:F').format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange('F2').values = [['Hoàn thành']];
      await context.sync();
      sheet.getRange('E2:F2').values = [[null, 'x']];
      const error = await failure(context.sync());
      expect(error.code).toBe('AccessDenied');
      sheet.getRange('F2').format.font.bold = true;
      expect((await failure(context.sync())).code).toBe('AccessDenied');
    });
    expect(fake.workbook.getValues('Sheet1', 'F2')).toEqual([['Hoàn thành']]);
  });

  it('fails protecting a protected sheet, and checks the password on unprotect', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const protection = context.workbook.worksheets.getItem('Sheet1').protection;
      protection.protect(null, 'mật khẩu');
      await context.sync();
      protection.protect();
      expect((await failure(context.sync())).code).toBe('InvalidOperation');
      protection.unprotect('sai');
      expect((await failure(context.sync())).code).toBe('BadPassword');
      protection.unprotect('mật khẩu');
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').protection.protected).toBe(false);
  });
});

describe('freeze panes, page layout, auto-filter and application', () => {
  it('records frozen rows and columns', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(2);
      await context.sync();
      expect(fake.workbook.sheet('Sheet1').freeze).toEqual({ rows: 2, columns: 0 });
      sheet.freezePanes.freezeAt('A1:B3');
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').freeze).toEqual({ rows: 3, columns: 2 });
  });

  it('records the page layout for printing on A4', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const layout = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows('$1:$3');
      layout.setPrintMargins('Inches', { left: 0.5, right: 0.5 });
      layout.headersFooters.defaultForAllPages.centerFooter = 'Trang &P / &N';
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$3',
      leftMargin: 36,
      rightMargin: 36,
      headersFooters: { defaultForAllPages: { centerFooter: 'Trang &P / &N' } },
    });
  });

  it('refuses print titles that are not whole rows, and zoom set through its sub-property', async () => {
    const fake = createExcelFake();
    const rowsError = await failure(
      inRun(fake, async (c) =>
        c.workbook.worksheets.getItem('Sheet1').pageLayout.setPrintTitleRows('A1:K3'),
      ),
    );
    expect(rowsError.code).toBe('InvalidArgument');
    await inRun(fake, async (context) => {
      const layout = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      expect((await failure(() => (layout.zoom.scale = 90))).code).toBe('PropertyNotLoaded');
    });
  });

  it('applies an auto-filter, suspends screen updating and sets the title', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').autoFilter.apply('A3:K200');
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.properties.title = 'Kế hoạch TĐKT 2014';
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').autoFilter).toBe('A3:K200');
    expect(fake.workbook.screenUpdatingSuspensions).toBe(1);
    expect(fake.workbook.properties).toEqual({ title: 'Kế hoạch TĐKT 2014' });
  });
});

describe('API set gating', () => {
  it('accepts freeze panes on ExcelApi 1.7', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(fake.workbook.sheet('Sheet1').freeze.rows).toBe(1);
  });

  it('refuses data validation (1.8) and page layout (1.9) on ExcelApi 1.7 with ApiNotFound at sync', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const validation = await failure(
      inRun(fake, async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
        range.dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
        await context.sync();
      }),
    );
    expect(validation.code).toBe('ApiNotFound');
    expect(validation.debugInfo.errorLocation).toBe('DataValidation.rule');
    const layout = await failure(
      inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    );
    expect(layout.code).toBe('ApiNotFound');
    const screen = await failure(
      inRun(fake, async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
      }),
    );
    expect(screen.code).toBe('ApiNotFound');
    expect(fake.workbook.sheet('Sheet1').dataValidations).toEqual([]);
  });

  it('refuses members of 1.2 on Office 2016 (ExcelApi 1.1)', async () => {
    const fake = createExcelFake({ apiVersion: '1.1' });
    for (const batch of [
      async (c: FakeRequestContext) =>
        c.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').merge(),
      async (c: FakeRequestContext) => c.workbook.worksheets.getItem('Sheet1').protection.protect(),
      async (c: FakeRequestContext) =>
        void c.workbook.worksheets.getItem('Sheet1').getUsedRange(true).load('rowIndex'),
      async (c: FakeRequestContext) =>
        void (c.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden'),
    ]) {
      expect((await failure(fake.Excel.run(batch))).code).toBe('ApiNotFound');
    }
    await fake.Excel.run(async (c) => {
      c.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['ok on 1.1']];
    });
    expect(fake.workbook.getValues('Sheet1', 'A1')).toEqual([['ok on 1.1']]);
  });
});

describe('sync counting and payload size', () => {
  it('counts round trips per Excel.run and in total', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      await context.sync();
      await context.sync();
    });
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(fake.stats.runs).toBe(2);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.syncsPerRun).toEqual([2, 1]);
    expect(fake.stats.requestBytes).toHaveLength(3);
    expect(fake.stats.requestBytes[0]).toBe(0);
    expect(fake.stats.requestBytes[2]).toBeGreaterThan(0);
  });

  it('measures requests in UTF-8 bytes', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['a']];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['Đ']];
      await context.sync();
    });
    const [ascii, vietnamese] = fake.stats.requestBytes;
    expect(vietnamese! - ascii!).toBe(1);
  });

  it('fails a request over the limit with RequestPayloadSizeLimitExceeded and applies none of it', async () => {
    const fake = createExcelFake({ maxRequestBytes: 10_000 });
    const big = Array.from({ length: 200 }, (_, i) => [
      `Nhiệm vụ số ${i} của các huyện, Thành Đoàn và Đoàn trực thuộc`,
    ]);
    const error = await failure(
      inRun(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('B1').values = [['first']];
        sheet.getRange('A1:A200').values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toMatch(/^The request payload size has exceeded the limit\./);
    expect(fake.workbook.getValues('Sheet1', 'B1')).toEqual([['']]);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(10_000);
    expect(fake.stats.requestLimitBytes).toBe(10_000);
  });

  it('has the 5 MB limit of Excel on the web by default', async () => {
    const fake = createExcelFake();
    const row = Array.from({ length: 11 }, () => 'Tổ chức thực hiện công tác thi đua khen thưởng');
    const rows = Array.from({ length: 50_000 }, () => row);
    const error = await failure(
      inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:K50000').values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.stats.requestLimitBytes).toBe(5 * 1024 * 1024);
  });

  it('fails a response over the limit with ResponsePayloadSizeLimitExceeded', async () => {
    const fake = createExcelFake({ maxRequestBytes: 2_000 });
    fake.workbook.setValues(
      'Sheet1',
      'A1:A100',
      Array.from({ length: 100 }, () => ['Hoàn thành xuất sắc nhiệm vụ']),
    );
    const error = await failure(
      inRun(fake, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('more of the object model', () => {
  it('lets the later of a row format and a column format win where they cross', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('1:1').format.fill.color = '#FF0000';
      sheet.getRange('B:B').format.fill.color = '#00FF00';
      sheet.getRange('3:3').format.font.bold = true;
      await context.sync();
    });
    const fill = (a: string) => fake.workbook.getCell('Sheet1', a).format.fill;
    expect([fill('A1'), fill('B1'), fill('B2'), fill('C2')]).toEqual([
      '#FF0000',
      '#00FF00',
      '#00FF00',
      null,
    ]);
    expect(fake.workbook.getCell('Sheet1', 'B3').format).toMatchObject({
      fill: '#00FF00',
      bold: true,
    });
  });

  it('hides rows, and reads null for a range of hidden and shown rows', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('2:3').rowHidden = true;
      const mixed = sheet.getRange('A1:A2').load('rowHidden');
      const hidden = sheet.getRange('A2:A3').load('rowHidden');
      await context.sync();
      expect([mixed.rowHidden, hidden.rowHidden]).toEqual([null, true]);
    });
    expect([...fake.workbook.sheet('Sheet1').hiddenRows]).toEqual([1, 2]);
  });

  it('runs a batch in the context of an existing object', async () => {
    const fake = createExcelFake();
    let first: FakeRequestContext | undefined;
    await inRun(fake, async (context) => {
      first = context;
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await fake.Excel.run(range, async (same) => {
        expect(same).toBe(first);
        range.values = [['same context']];
        await same.sync();
      });
    });
    expect(fake.workbook.getValues('Sheet1', 'A1')).toEqual([['same context']]);
  });
});

describe('FakeWorkbookState', () => {
  it('serialises the workbook for snapshots', async () => {
    const fake = createExcelFake();
    await inRun(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [['Stt', '=1+1']];
      sheet.getRange('A1').format.font.bold = true;
      await context.sync();
    });
    const json = fake.workbook.toJSON() as { sheets: { cells: Record<string, unknown> }[] };
    expect(json.sheets[0]!.cells).toEqual({
      A1: { value: 'Stt', style: { bold: true } },
      B1: { formula: '=1+1' },
    });
    expect(JSON.parse(JSON.stringify(fake.workbook))).toMatchObject({ activeSheet: 'Sheet1' });
  });
});
