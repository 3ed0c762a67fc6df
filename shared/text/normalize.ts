/**
 * Text normalisation. Output text is NFC; names are compared through `foldKey`, which ignores
 * case, NFC/NFD, the old and new placement of tone marks ("Hòa"/"Hoà", "Thuý"/"Thúy"), dash
 * variants and runs of white space.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// The soft hyphen U+00AD is kept: in TCVN3 text it is the letter "ư". Readers remove it once
// they know the text is Unicode (`stripSoftHyphens`).
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** NFC, LF line ends, no zero-width characters, non-breaking spaces as spaces. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(/\u00a0/g, ' ')
    .normalize('NFC');
}

export function stripSoftHyphens(s: string): string {
  return s.replace(/\u00ad/g, '');
}

/** Runs of spaces and tabs become one space; the ends are trimmed. */
export function squeeze(s: string): string {
  // most lines need only trimming; testing first spares a copy of each
  return /[\t\u00a0]| {2}/.test(s) ? s.replace(/[ \t\u00a0]+/g, ' ').trim() : s.trim();
}

/** A syllable's tone mark moved to its end, so both placements give the same key. */
function canonicalTone(word: string): string {
  const tones = word.match(TONE_MARKS);
  if (!tones) return word;
  return word.replace(TONE_MARKS, '') + tones.join('');
}

/** The key under which two spellings of the same name are equal. */
export function foldKey(s: string): string {
  const decomposed = s.normalize('NFD').toLowerCase().replace(DASHES, '-');
  return decomposed
    .replace(/[^\s.,;:()/-]+/g, canonicalTone)
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:-]+|[\s.,;:]+$/g, '')
    .normalize('NFC');
}

/** Letters without any diacritic, lower case: for loose matching of headings and keywords. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
