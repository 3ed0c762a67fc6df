/** `Đơn vị` (the unit directory) and `Ánh xạ` (what each phrase of the plan stands for). */
import type { Book } from '../book/model';
import { MAPPING_HEADERS, SHEET, UNIT_HEADERS, WB } from '../i18n/workbook-vi';
import { Directory } from '../units/directory';
import { BLOC_ROLE_LABELS, GROUP_LABELS, blocOf } from '../units/model';
import type { BlocRole, UnitGroup } from '../units/model';
import { Resolver } from '../units/resolve';
import type { SheetSpec } from '../workbook/spec';
import { FILL, HEADER_STYLE, SheetBuilder } from './builder';

/** `protect`: a unit's file holds its own entry only, which it must not edit. */
export function unitsSheet(book: Pick<Book, 'units'>, protect = false): SheetSpec {
  const b = new SheetBuilder(UNIT_HEADERS.length);
  b.add([...UNIT_HEADERS]);
  for (const u of book.units) {
    b.add([
      u.code,
      u.name,
      GROUP_LABELS[u.group].vi,
      u.emails.join('; '),
      u.aliases.join('; '),
      blocOf(u),
      u.blocRole ? BLOC_ROLE_LABELS[u.blocRole].vi : '',
    ]);
  }
  const n = book.units.length;
  b.style({ row: 0, col: 0, rows: 1, cols: UNIT_HEADERS.length }, HEADER_STYLE);
  if (n > 0) {
    b.style(
      { row: 1, col: 0, rows: n, cols: UNIT_HEADERS.length },
      { border: true, vAlign: 'top', wrap: true },
    );
  }
  // room to add units: the group list reaches below the last one
  b.validations.push({
    kind: 'list',
    range: { row: 1, col: 2, rows: n + 200, cols: 1 },
    values: (Object.keys(GROUP_LABELS) as UnitGroup[]).map((g) => GROUP_LABELS[g].vi),
    allowInvalid: false,
  });
  b.validations.push({
    kind: 'list',
    range: { row: 1, col: 6, rows: n + 200, cols: 1 },
    values: (Object.keys(BLOC_ROLE_LABELS) as BlocRole[]).map((r) => BLOC_ROLE_LABELS[r].vi),
    allowInvalid: false,
  });
  return b.build({
    name: SHEET.units,
    role: 'units',
    visibility: 'visible',
    columns: [10, 34, 18, 34, 40, 26, 16],
    freeze: { rows: 1, cols: 0 },
    protect,
    print: { orientation: 'landscape', repeatRows: { first: 0, last: 0 } },
  });
}

export function mappingsSheet(book: Pick<Book, 'units' | 'mappings'>): SheetSpec {
  const b = new SheetBuilder(MAPPING_HEADERS.length);
  b.add([...MAPPING_HEADERS]);
  const resolver = new Resolver(new Directory(book.units), book.mappings);
  for (const m of book.mappings) {
    const r = resolver.resolve(m.phrase);
    const status =
      r.unknownTargets.length > 0
        ? r.unknownTargets.map((t) => WB.mappingUnknownTarget(t)).join('; ')
        : r.units.length === 0
          ? WB.mappingUnresolved
          : WB.mappingAuto;
    b.add([m.phrase, m.targets.join('; '), r.units.length, status]);
  }
  const n = book.mappings.length;
  b.style({ row: 0, col: 0, rows: 1, cols: MAPPING_HEADERS.length }, HEADER_STYLE);
  if (n > 0) {
    b.style(
      { row: 1, col: 0, rows: n, cols: MAPPING_HEADERS.length },
      { border: true, wrap: true, vAlign: 'top' },
    );
    b.conditionalFormats.push({
      range: { row: 1, col: 3, rows: n, cols: 1 },
      equals: WB.mappingUnresolved,
      fill: FILL.overdue,
    });
  }
  return b.build({
    name: SHEET.mappings,
    role: 'mappings',
    visibility: 'visible',
    columns: [48, 40, 10, 40],
    freeze: { rows: 1, cols: 0 },
    protect: false,
    print: { orientation: 'landscape', repeatRows: { first: 0, last: 0 } },
  });
}
