/** Independent encoders into the legacy encodings, for tests (see test/text/legacy.test.ts). */
/*
 * Independent encoders, used to build long inputs and to check all 134 letters. They are written
 * in another shape than the module's tables (TCVN3 by tone column, VNI by rule from the NFD
 * decomposition), and the known vectors below, quoted from public sources, keep both honest.
 */

/** TCVN3, column by column: the twelve vowels with one tone, and their codes. */
export const TCVN3_COLUMNS: [string, string][] = [
  ['aăâeêioôơuưy', 'a¨©eªio«¬u\u00ADy'],
  ['àằầèềìòồờùừỳ', 'µ»ÇÌÒ×ßåêïõú'],
  ['áắấéếíóốớúứý', '¸¾ÊÐÕÝãèíóøý'],
  ['ảẳẩẻểỉỏổởủửỷ', '¶¼ÈÎÓØáæëñöû'],
  ['ãẵẫẽễĩõỗỡũữỹ', '·½ÉÏÔÜâçìò÷ü'],
  ['ạặậẹệịọộợụựỵ', '¹ÆËÑÖÞäéîôùþ'],
  ['đ', '®'],
  ['ĂÂĐÊÔƠƯ', '¡¢§£¤¥¦'],
];
export const TCVN3_CODE = new Map<string, string>();
for (const [letters, codes] of TCVN3_COLUMNS) {
  [...letters].forEach((letter, i) => {
    if (!/[a-z]/.test(letter)) TCVN3_CODE.set(letter, codes.charAt(i));
  });
}

/** Unicode → TCVN3; a capital with a tone gets the lower-case code, as .VnTimeH users typed. */
export function toTcvn3(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => TCVN3_CODE.get(ch) ?? TCVN3_CODE.get(ch.toLowerCase()) ?? ch)
    .join('');
}

export const LOWER_VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
export const LETTERS = [...LOWER_VIETNAMESE].filter((c) => !'aeiouy'.includes(c));

/** Unicode → VNI-Windows by rule: base letter, then one character for the marks. */
export function vniLower(letter: string): string {
  if (letter === 'đ') return 'ñ';
  const nfd = letter.normalize('NFD');
  const base = nfd.charAt(0);
  const tone = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].findIndex(
    (t, i) => i > 0 && nfd.includes(t),
  );
  const t = tone < 0 ? 0 : tone;
  if (base === 'i') return 'iìíæóò'.charAt(t);
  if (base === 'y' && t === 5) return 'î';
  if (nfd.includes('\u0302')) return base + 'âàáåãä'.charAt(t);
  if (nfd.includes('\u0306')) return base + 'êèéúüë'.charAt(t);
  const horned = nfd.includes('\u031B') ? (base === 'o' ? 'ô' : 'ö') : base;
  return horned + ['', 'ø', 'ù', 'û', 'õ', 'ï'][t];
}

export function toVni(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const lower = ch.toLowerCase();
      if (!LOWER_VIETNAMESE.includes(lower) || 'aeiouy'.includes(lower)) return ch;
      return ch === lower ? vniLower(ch) : vniLower(lower).toUpperCase();
    })
    .join('');
}

/**
 * Unicode → Windows-1258, as Excel saves "CSV (Comma delimited)" on Vietnamese Windows: letters
 * the code page has whole (â, ơ, đ…) as one byte, the five tone marks as combining bytes after.
 */
export function toWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = byteOf.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((p) => TONES.has(p));
    const base = parts
      .filter((p) => !TONES.has(p))
      .join('')
      .normalize('NFC');
    for (const c of [base, ...tones]) {
      const b = byteOf.get(c);
      if (b === undefined) throw new Error(`no Windows-1258 byte for ${c}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}
