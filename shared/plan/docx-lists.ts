/**
 * Puts the numbers Word prints for list paragraphs into the .docx's text, before mammoth reads it.
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

/** The document XML with each numbered paragraph's printed number written as its first run. */
export function insertListNumbers(documentXml: string, defs: NumberingDefinitions): string {
  const w = wordPrefix(documentXml);
  const P = `${w}:p`;
  const PPR = `${w}:pPr`;
  const counter = new ListCounter(defs);
  const inserts: { at: number; text: string }[] = [];
  const stack: string[] = [];
  const paragraphs: OpenParagraph[] = [];
  let choiceDepth = 0;

  const decide = (p: OpenParagraph, at: number): void => {
    if (p.decided) return;
    p.decided = true;
    if (!p.counted) return;
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
 * The .docx with its list numbers written into its text, or the same bytes when it has no
 * numbered paragraph (or cannot be read: mammoth then says what is wrong with it).
 */
export async function withListNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const main = (await relationships(zip, '')).get('officeDocument') ?? 'word/document.xml';
    const docFile = zip.file(main);
    if (!docFile) return bytes;
    const rels = await relationships(zip, main);
    const numberingPath = rels.get('numbering');
    const numberingXml = numberingPath ? await zip.file(numberingPath)?.async('string') : undefined;
    if (!numberingXml) return bytes;
    const stylesPath = rels.get('styles');
    const stylesXml = (stylesPath && (await zip.file(stylesPath)?.async('string'))) || null;
    const xml = await docFile.async('string');
    const numbered = insertListNumbers(xml, readNumbering(numberingXml, stylesXml));
    if (numbered === xml) return bytes;
    zip.file(main, numbered);
    // stored, not deflated: mammoth unzips it again at once
    return await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  } catch {
    return bytes;
  }
}
