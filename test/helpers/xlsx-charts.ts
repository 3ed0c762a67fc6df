/**
 * The charts of an .xlsx package, read the way a consumer finds them: workbook → sheet part →
 * its `<drawing r:id>` → the sheet's relationships → the drawing part → each anchor's chart
 * relationship → the chart part, each part present with its content type. Any reference that
 * does not resolve throws, naming it.
 */
import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { checkXml } from '../../shared/files/xml-check';

type Node = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export interface XlsxChart {
  sheet: string;
  part: string;
  /** Zero-based cell corners of the twoCellAnchor: from, and the cell the chart ends before. */
  from: { col: number; row: number };
  to: { col: number; row: number };
  title: string;
  barDir: string;
  grouping: string;
  series: {
    name: string;
    catFormula: string;
    catCache: (string | null)[];
    valFormula: string;
    valCache: (number | null)[];
  }[];
  axis: { min: number | null; max: number | null; numberFormat: string | null };
}

const decoder = new TextDecoder();

function posix(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = dir.split('/').filter(Boolean);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf('/'));
const relsOf = (part: string): string =>
  `${dirOf(part)}/_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

export function xlsxCharts(bytes: Uint8Array): XlsxChart[] {
  const files = unzipSync(bytes);
  const doc = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`missing part ${name}`);
    const text = decoder.decode(data);
    if (!checkXml(text).ok) throw new Error(`${name} is not well-formed XML`);
    return parseDocument(text, { xmlMode: true });
  };
  const all = (root: Node | ReturnType<typeof doc>, tag: string): Node[] =>
    DomUtils.getElementsByTagName(tag, root, true);
  const one = (root: Node | ReturnType<typeof doc>, tag: string): Node => {
    const found = all(root, tag);
    if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
    return found[0] as Node;
  };
  const val = (root: Node, tag: string): string | null => {
    const found = all(root, tag)[0];
    return found ? (DomUtils.getAttributeValue(found, 'val') ?? null) : null;
  };
  const types = new Map(
    all(doc('[Content_Types].xml'), 'Override').map((o) => [
      (DomUtils.getAttributeValue(o, 'PartName') ?? '').slice(1),
      DomUtils.getAttributeValue(o, 'ContentType'),
    ]),
  );
  const rels = (part: string): Map<string, { type: string; target: string }> =>
    new Map(
      files[relsOf(part)]
        ? all(doc(relsOf(part)), 'Relationship').map((r) => [
            DomUtils.getAttributeValue(r, 'Id') ?? '',
            {
              type: DomUtils.getAttributeValue(r, 'Type') ?? '',
              target: posix(dirOf(part), DomUtils.getAttributeValue(r, 'Target') ?? ''),
            },
          ])
        : [],
    );
  const follow = (part: string, id: string, kind: 'drawing' | 'chart'): string => {
    const rel = rels(part).get(id);
    if (!rel) throw new Error(`${part}: relationship ${id} is not in ${relsOf(part)}`);
    if (!rel.type.endsWith(`/relationships/${kind}`))
      throw new Error(`${part}: ${id} is not a ${kind}`);
    if (!files[rel.target]) throw new Error(`${part}: ${id} points at a missing ${rel.target}`);
    const type = types.get(rel.target);
    const want =
      kind === 'drawing'
        ? 'application/vnd.openxmlformats-officedocument.drawing+xml'
        : 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
    if (type !== want) throw new Error(`${rel.target} has content type ${type}`);
    return rel.target;
  };

  const workbookRels = rels('xl/workbook.xml');
  const out: XlsxChart[] = [];
  for (const s of all(doc('xl/workbook.xml'), 'sheet')) {
    const name = DomUtils.getAttributeValue(s, 'name') ?? '';
    const sheetPart = workbookRels.get(DomUtils.getAttributeValue(s, 'r:id') ?? '')?.target;
    if (!sheetPart) throw new Error(`sheet ${name} has no part`);
    const drawings = all(doc(sheetPart), 'drawing');
    if (drawings.length > 1) throw new Error(`${sheetPart} has ${drawings.length} drawings`);
    if (drawings.length === 0) continue;
    const drawingPart = follow(
      sheetPart,
      DomUtils.getAttributeValue(drawings[0] as Node, 'r:id') ?? '',
      'drawing',
    );
    for (const anchor of all(doc(drawingPart), 'xdr:twoCellAnchor')) {
      const corner = (tag: string) => {
        const c = one(anchor, tag);
        return {
          col: Number(DomUtils.textContent(one(c, 'xdr:col'))),
          row: Number(DomUtils.textContent(one(c, 'xdr:row'))),
        };
      };
      const chartPart = follow(
        drawingPart,
        DomUtils.getAttributeValue(one(anchor, 'c:chart'), 'r:id') ?? '',
        'chart',
      );
      const chart = doc(chartPart);
      const bar = one(chart, 'c:barChart');
      // the chart's axes are the two its bars name, each crossing the other
      const ids = all(bar, 'c:axId')
        .filter((a) => a.parent === bar)
        .map((a) => DomUtils.getAttributeValue(a, 'val'));
      const cat = one(chart, 'c:catAx');
      const valAx = one(chart, 'c:valAx');
      const catId = val(cat, 'c:axId');
      const valId = val(valAx, 'c:axId');
      if (
        ids.join() !== `${catId},${valId}` ||
        val(cat, 'c:crossAx') !== valId ||
        val(valAx, 'c:crossAx') !== catId
      ) {
        throw new Error(`${chartPart}: the axes do not match the bars' axis ids`);
      }
      const cache = (root: Node): (string | null)[] => {
        const count = Number(val(root, 'c:ptCount'));
        const values: (string | null)[] = Array<string | null>(count).fill(null);
        for (const pt of all(root, 'c:pt')) {
          values[Number(DomUtils.getAttributeValue(pt, 'idx'))] = DomUtils.textContent(
            one(pt, 'c:v'),
          );
        }
        return values;
      };
      const num = (s: string | null): number | null => (s === null ? null : Number(s));
      const numFmt = all(valAx, 'c:numFmt')[0];
      out.push({
        sheet: name,
        part: chartPart,
        from: corner('xdr:from'),
        to: corner('xdr:to'),
        title: all(one(chart, 'c:title'), 'a:t')
          .map((t) => DomUtils.textContent(t))
          .join(''),
        barDir: val(bar, 'c:barDir') ?? '',
        grouping: val(bar, 'c:grouping') ?? '',
        series: all(bar, 'c:ser').map((ser) => ({
          name: DomUtils.textContent(one(one(ser, 'c:tx'), 'c:v')),
          catFormula: DomUtils.textContent(one(one(ser, 'c:cat'), 'c:f')),
          catCache: cache(one(ser, 'c:strCache')),
          valFormula: DomUtils.textContent(one(one(ser, 'c:val'), 'c:f')),
          valCache: cache(one(ser, 'c:numCache')).map(num),
        })),
        axis: {
          min: num(val(one(valAx, 'c:scaling'), 'c:min')),
          max: num(val(one(valAx, 'c:scaling'), 'c:max')),
          numberFormat: numFmt ? (DomUtils.getAttributeValue(numFmt, 'formatCode') ?? null) : null,
        },
      });
    }
  }
  return out;
}
