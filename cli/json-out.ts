/**
 * A value printed as `JSON.stringify(value, null, 2)` and a line end, the same text, handed out in
 * pieces of about a megabyte. A province's report is 30 MB of JSON (25,000 late entries); made in
 * one string, V8 grows and copies it many times over, and writing it takes one more copy in
 * UTF-8. In pieces, each entry is made on its own and each piece is written as it fills.
 */

/** Characters handed out at a time. */
const PIECE = 1 << 20;

/** Levels of arrays and objects walked here; what lies below is stringified whole. */
const WALKED = 2;

/** What JSON leaves out of an object, and writes as null in an array. */
const omitted = (v: unknown): boolean =>
  v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function printJson(out: (text: string) => void, value: unknown): void {
  // joined, not concatenated: a piece made by += is a tree of strings for V8 to flatten first
  let piece: string[] = [];
  let length = 0;
  const push = (s: string): void => {
    piece.push(s);
    length += s.length;
    if (length >= PIECE) {
      out(piece.join(''));
      piece = [];
      length = 0;
    }
  };
  emit(value, '', 0, push);
  piece.push('\n');
  out(piece.join(''));
}

function emit(value: unknown, indent: string, depth: number, push: (s: string) => void): void {
  if (
    depth >= WALKED ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    // a string's own line ends are escaped: every line end here is one of the layout's
    push(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return push('[]');
    push('[\n');
    value.forEach((v: unknown, i) => {
      push(inner);
      if (omitted(v)) push('null');
      else emit(v, inner, depth + 1, push);
      push(i < value.length - 1 ? ',\n' : '\n');
    });
    return push(`${indent}]`);
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !omitted(record[k]));
  if (keys.length === 0) return push('{}');
  push('{\n');
  keys.forEach((k, i) => {
    push(`${inner}${JSON.stringify(k)}: `);
    emit(record[k], inner, depth + 1, push);
    push(i < keys.length - 1 ? ',\n' : '\n');
  });
  push(`${indent}}`);
}
