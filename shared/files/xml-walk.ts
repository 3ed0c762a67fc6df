/**
 * A walk over an XML part, tag by tag, for the .xlsx reader: the local name of each element
 * opened and closed, and the text between, its entities decoded. It checks what the reader relies
 * on as it goes (tags nest and match, entities are known, nothing outside one root) and answers
 * null for a part that is not well-formed, so that a damaged sheet is named as damaged, never read
 * as half a sheet. Not a general parser: no DOCTYPE, no namespaces beyond dropping prefixes.
 */

export interface XmlVisitor {
  /** An element opened; `tag` is its whole start tag, for `attribute`. */
  open(name: string, tag: string, empty: boolean): void;
  close(name: string): void;
  /** Character data inside the root, decoded (called only where it is not all spaces). */
  text(value: string): void;
  /** True to stop the walk here (a reader that has what it came for): the root is answered. */
  stop?: () => boolean;
}

/**
 * The text as a string of its own. V8 makes a slice of 13 characters or more a view into the
 * string it came from, so one cell's evidence kept from a returned file would keep that file's
 * whole part alive: fifty returned files kept 200 MB of XML so. Joining to a character and
 * slicing it off makes V8 copy the text (a joined string is flattened before it is sliced).
 */
const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** An entity's name ("amp", "#233", "#x1EA1") as its text, or null when it is none. */
function entityText(name: string): string | null {
  const known = ENTITIES.get(name);
  if (known !== undefined) return known;
  const code = /^#x([0-9a-fA-F]+)$/.test(name)
    ? parseInt(name.slice(2), 16)
    : /^#([0-9]+)$/.test(name)
      ? parseInt(name.slice(1), 10)
      : NaN;
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/**
 * Text with its entities decoded, or null when one is unknown or unfinished (a name runs to the
 * next ";", and must end there). A loop over the ampersands, not a replacement by callback: the
 * plan and entries kept as JSON on `_ThiDua` hold hundreds of thousands of `&quot;`.
 */
function decodeXml(raw: string): string | null {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  const parts: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    const next = raw.indexOf('&', amp + 1);
    if (semi < 0 || (next >= 0 && next < semi)) return null;
    const text = entityText(raw.slice(amp + 1, semi));
    if (text === null) return null;
    parts.push(raw.slice(from, amp), text);
    from = semi + 1;
    amp = next;
  }
  parts.push(raw.slice(from));
  return parts.join('');
}

/** An attribute of a start tag (`r`, `r:id`…), decoded; undefined when the tag has none. */
export function attribute(tag: string, name: string): string | undefined {
  // the hot path of reading a sheet (three lookups a cell): indexOf, no regular expression
  for (let k = tag.indexOf(name, 1); k > 0; k = tag.indexOf(name, k + 1)) {
    if (!isSpaceCode(tag.charCodeAt(k - 1))) continue;
    let p = k + name.length;
    while (isSpaceCode(tag.charCodeAt(p))) p++;
    if (tag.charCodeAt(p) !== 0x3d) continue;
    p++;
    while (isSpaceCode(tag.charCodeAt(p))) p++;
    const quote = tag.charCodeAt(p);
    if (quote !== 0x22 && quote !== 0x27) continue;
    const close = tag.indexOf(quote === 0x22 ? '"' : "'", p + 1);
    if (close < 0) return undefined;
    const raw = tag.slice(p + 1, close);
    return raw.includes('&') ? (decodeXml(raw) ?? raw) : raw;
  }
  return undefined;
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** What the text between two tags holds, found in one pass over it (flags, or CONTROL). */
const NOT_SPACE = 1;
/** An entity or a carriage return: the text needs decoding. */
const TO_DECODE = 2;
/** A control character XML 1.0 does not allow (a binary file read as a part). */
const CONTROL = -1;

function textKind(xml: string, from: number, to: number): number {
  let kind = 0;
  for (let k = from; k < to; k++) {
    const c = xml.charCodeAt(k);
    if (c > 0x26) kind |= NOT_SPACE;
    else if (c === 0x26) kind |= NOT_SPACE | TO_DECODE;
    else if (c === 0x0d) kind |= TO_DECODE;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a) return CONTROL;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0a) kind |= NOT_SPACE;
  }
  return kind;
}

/** A name without its prefix ("x14ac:dyDescent" → "dyDescent"). */
function localOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Walks `xml`; the root element's local name, or null when the part is not well-formed. */
export function walkXml(xml: string, visitor: XmlVisitor): string | null {
  const stack: string[] = [];
  let root: string | null = null;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const kind = textKind(xml, i, end);
      if (kind === CONTROL) return null;
      if ((kind & NOT_SPACE) !== 0) {
        if (stack.length === 0) return null;
        const raw = xml.slice(i, end);
        if ((kind & TO_DECODE) === 0) visitor.text(detached(raw));
        else {
          // line ends as XML reads them: "\r\n" and a lone "\r" are "\n" ("&#13;" stays "\r")
          const value = decodeXml(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
          if (value === null) return null;
          visitor.text(detached(value));
        }
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) return null;
      i = close + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const close = xml.indexOf('-->', lt + 4);
        if (close < 0) return null;
        i = close + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0 || stack.length === 0) return null;
        visitor.text(detached(xml.slice(lt + 9, close)));
        i = close + 3;
      } else return null;
    } else if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', lt + 2);
      if (close < 0) return null;
      let nameEnd = close;
      while (isSpaceCode(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      const open = stack.pop();
      // compared in place: no string is made for a closing tag that matches
      if (open === undefined || open.length !== nameEnd - lt - 2 || !xml.startsWith(open, lt + 2)) {
        return null;
      }
      visitor.close(localOf(open));
      i = close + 1;
    } else {
      // the start tag ends at the first '>' outside quotes
      let k = lt + 1;
      let quote = 0;
      for (; k < n; k++) {
        const c = xml.charCodeAt(k);
        if (quote) {
          if (c === quote) quote = 0;
          else if (c === 0x3c) return null;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
        else if (c === 0x3c) return null;
      }
      if (k >= n) return null;
      const empty = xml.charCodeAt(k - 1) === 0x2f;
      let nameEnd = lt + 1;
      while (nameEnd < k) {
        const c = xml.charCodeAt(nameEnd);
        if (isSpaceCode(c) || c === 0x2f) break;
        nameEnd++;
      }
      const name = xml.slice(lt + 1, nameEnd);
      if (name === '') return null;
      const local = localOf(name);
      if (stack.length === 0) {
        if (root !== null) return null;
        root = local;
      }
      const tag = xml.slice(lt, k + 1);
      visitor.open(local, tag, empty);
      if (visitor.stop?.()) return root;
      if (empty) visitor.close(local);
      else stack.push(name);
      i = k + 1;
    }
  }
  return stack.length === 0 ? root : null;
}
