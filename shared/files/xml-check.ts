/**
 * Whether a part of an Office file is well-formed XML, and its root element: used only after a
 * file failed to open, to say which sheet is damaged instead of repeating a parser's words.
 * A small checker of XML 1.0's well-formedness (tags nest and match, attributes are quoted,
 * entities are known, one root), not a parser.
 */

export type XmlCheck = { ok: true; root: string } | { ok: false };

const NAME = /[A-Za-z_:\u00c0-\uffff][\w.:\-\u00b7\u00c0-\uffff]*/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export function checkXml(text: string): XmlCheck {
  const stack: string[] = [];
  let root: string | null = null;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const name = (): string | null => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const spaces = (): void => {
    while (i < n && /\s/.test(text[i] as string)) i++;
  };
  const entity = (): boolean => {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 0x3c) {
      // character data: no markup, known entities only, no control characters, nothing outside the root
      if (c === 0x26) {
        if (!entity()) return { ok: false };
        if (stack.length === 0) return { ok: false };
        continue;
      }
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return { ok: false };
      if (stack.length === 0 && !/\s/.test(text[i] as string)) return { ok: false };
      i++;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return { ok: false };
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return { ok: false };
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0 || stack.length === 0) return { ok: false };
      i = end + 3;
    } else if (text.startsWith('</', i)) {
      i += 2;
      const tag = name();
      spaces();
      if (!tag || text[i] !== '>' || stack.pop() !== tag) return { ok: false };
      i++;
    } else {
      // a start tag (a DOCTYPE has no place in an Office file: it counts as damage too)
      i++;
      const tag = name();
      if (!tag) return { ok: false };
      if (stack.length === 0) {
        if (root !== null) return { ok: false };
        root = localName(tag);
      }
      const seen = new Set<string>();
      for (;;) {
        const before = i;
        spaces();
        if (text[i] === '>') {
          stack.push(tag);
          i++;
          break;
        }
        if (text.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (i === before) return { ok: false };
        const attr = name();
        if (!attr || seen.has(attr)) return { ok: false };
        seen.add(attr);
        spaces();
        if (text[i] !== '=') return { ok: false };
        i++;
        spaces();
        const quote = text[i];
        if (quote !== '"' && quote !== "'") return { ok: false };
        i++;
        for (;;) {
          if (i >= n) return { ok: false };
          const a = text[i];
          if (a === quote) break;
          if (a === '<') return { ok: false };
          if (a === '&') {
            if (!entity()) return { ok: false };
            continue;
          }
          i++;
        }
        i++;
      }
    }
  }
  return stack.length === 0 && root !== null ? { ok: true, root } : { ok: false };
}
