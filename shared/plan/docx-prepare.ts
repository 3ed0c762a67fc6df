/**
 * What Word shows and mammoth does not, written into the .docx before mammoth reads it:
 * - the numbers Word prints for list paragraphs (see docx-numbering.ts);
 * - the grid columns a table row skips at its start (w:gridBefore), as an empty cell spanning
 *   them, so the row's cells line up with the other rows' by grid column (mammoth ignores it).
 *
 * Why rewrite the document rather than match mammoth's <li> to the XML afterwards: mammoth leaves
 * out empty paragraphs, flattens content controls and reads only one branch of alternate content,
 * so pairing its output with the XML's paragraphs is fragile, and an "Stt" cell that holds nothing
 * but a list number would not reach its output at all. A run with the number's text, written at
 * the start of each numbered paragraph, goes through mammoth like any text: the cell reads "7."
 * exactly where Word prints 7., and everything else mammoth does stays as it was.
 *
 * Paragraphs are numbered in document order, as Word counts them (see docx-numbering.ts), over the
 * main document part only; paragraphs inside the w:Choice of alternate content are not counted,
 * since mammoth and Word show the w:Fallback copy of the same content.
 */
import JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import { ListCounter, readNumbering, wordPrefix } from './docx-numbering';
import type { NumberingDefinitions } from './docx-numbering';

const RELS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface OpenParagraph {
  numId: string | null;
  ilvl: number | null;
  style: string | null;
  decided: boolean;
  counted: boolean;
}

/**
 * The document XML with each numbered paragraph's printed number written as its first run (when
 * the document has lists), and an empty cell where a row skips grid columns at its start.
 */
function rewriteDocument(documentXml: string, defs: NumberingDefinitions | null): string {
  const w = wordPrefix(documentXml);
  const P = `${w}:p`;
  const PPR = `${w}:pPr`;
  const TR = `${w}:tr`;
  const TRPR = `${w}:trPr`;
  const counter = defs ? new ListCounter(defs) : null;
  let skipped = 0;
  const inserts: { at: number; text: string }[] = [];
  const stack: string[] = [];
  const paragraphs: OpenParagraph[] = [];
  let choiceDepth = 0;

  const decide = (p: OpenParagraph, at: number): void => {
    if (p.decided) return;
    p.decided = true;
    if (!p.counted || !counter) return;
    const marker = counter.marker({ numId: p.numId, ilvl: p.ilvl, style: p.style });
    if (!marker) return;
    const gap = marker.suffix === 'nothing' ? '' : ' ';
    inserts.push({
      at,
      text: `<${w}:r><${w}:t xml:space="preserve">${escapeXml(marker.text + gap)}</${w}:t></${w}:r>`,
    });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1];
        const grand = stack[stack.length - 2];
        const selfClosing = documentXml.charCodeAt(parser.endIndex - 1) === 0x2f; // "/>"
        if (/(^|:)Choice$/.test(name)) choiceDepth++;
        if (name === `${w}:gridBefore` && parent === TRPR && grand === TR) {
          skipped = Number.parseInt(attribs[`${w}:val`] ?? '0', 10) || 0;
        }
        const current = paragraphs[paragraphs.length - 1];
        if (name === P) {
          // an empty <w:p/> has no list of its own: nothing to number or count
          if (!selfClosing) {
            paragraphs.push({
              numId: null,
              ilvl: null,
              style: null,
              decided: false,
              counted: choiceDepth === 0,
            });
          }
        } else if (current && parent === P && name !== PPR) {
          // the paragraph's content starts: its properties are all known
          decide(current, parser.startIndex);
        } else if (current && !current.decided) {
          const val = attribs[`${w}:val`];
          if (parent === PPR && grand === P && name === `${w}:pStyle`) current.style = val ?? null;
          if (parent === `${w}:numPr` && grand === PPR) {
            if (name === `${w}:numId`) current.numId = val ?? null;
            if (name === `${w}:ilvl`) current.ilvl = val === undefined ? null : Number(val);
          }
        }
        if (!selfClosing) stack.push(name);
      },
      onclosetag(name, isImplied) {
        // a self-closing tag's close (isImplied) was never pushed
        if (isImplied && stack[stack.length - 1] !== name) return;
        if (stack[stack.length - 1] === name) stack.pop();
        if (/(^|:)Choice$/.test(name)) choiceDepth = Math.max(0, choiceDepth - 1);
        if (name === TRPR && stack[stack.length - 1] === TR && skipped > 0) {
          const span = Math.min(skipped, 1000);
          inserts.push({
            at: parser.endIndex + 1,
            text: `<${w}:tc><${w}:tcPr><${w}:gridSpan ${w}:val="${span}"/></${w}:tcPr><${w}:p/></${w}:tc>`,
          });
          skipped = 0;
        }
        const current = paragraphs[paragraphs.length - 1];
        if (!current) return;
        if (name === PPR && stack[stack.length - 1] === P) {
          decide(current, parser.endIndex + 1);
        } else if (name === P) {
          decide(current, parser.startIndex);
          paragraphs.pop();
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(documentXml);
  if (inserts.length === 0) return documentXml;

  let out = '';
  let from = 0;
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    out += documentXml.slice(from, at) + text;
    from = at;
  }
  return out + documentXml.slice(from);
}

/** A part's path from its relationship target, relative to the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The targets of a part's relationships, by relationship type (its last path segment). */
async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const folder = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop() as string;
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
  const xml = await zip.file(relsPath)?.async('string');
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!target || !type.startsWith(RELS_TYPE)) continue;
    const kind = type.slice(RELS_TYPE.length + 1);
    if (!out.has(kind)) out.set(kind, resolveTarget(part, target));
  }
  return out;
}

/**
 * The .docx with its list numbers written into its text and its rows' skipped columns filled, or
 * the same bytes when there is nothing to write (or the file cannot be read: mammoth then says
 * what is wrong with it).
 */
export async function prepareDocx(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const main = (await relationships(zip, '')).get('officeDocument') ?? 'word/document.xml';
    const docFile = zip.file(main);
    if (!docFile) return bytes;
    const rels = await relationships(zip, main);
    const numberingPath = rels.get('numbering');
    const numberingXml = numberingPath ? await zip.file(numberingPath)?.async('string') : undefined;
    const xml = await docFile.async('string');
    if (!numberingXml && !xml.includes('gridBefore')) return bytes;
    const stylesPath = rels.get('styles');
    const stylesXml = (stylesPath && (await zip.file(stylesPath)?.async('string'))) || null;
    const defs = numberingXml ? readNumbering(numberingXml, stylesXml) : null;
    const rewritten = rewriteDocument(xml, defs);
    if (rewritten === xml) return bytes;
    zip.file(main, rewritten);
    // stored, not deflated: mammoth unzips it again at once
    return await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  } catch {
    return bytes;
  }
}
