/**
 * Vietnamese typed in the pre-Unicode 8-bit font encodings, read back as Unicode: recognising it
 * and converting it. Two encodings are handled:
 *
 * - TCVN3 (ABC; fonts .VnTime, .VnTimeH, .VnArial): every Vietnamese letter is one character of
 *   the Latin-1 range ("Céng hoµ" = "Cộng hoà"). Only đ and the seven toneless capitals
 *   Ă Â Ê Ô Ơ Ư Đ have upper-case codes; capitals with a tone were typed in a capitals-only font
 *   (.VnTimeH) with the lower-case codes.
 * - VNI-Windows (VNI-Times): a letter is a base letter followed by one diacritic character
 *   ("Coäng hoøa" = "Cộng hòa"), except i and ỵ with a tone, ơ, ư and đ, which are one character.
 *
 * Detection converts each word as if it were in each encoding and asks whether the result is a
 * Vietnamese syllable; see `detectLegacyEncoding` for the rule.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Tone marks in the order of the table columns: none, huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/**
 * TCVN3, one row per vowel: the vowel, then its code with no tone, huyền, sắc, hỏi, ngã, nặng.
 * The toneless ư is 0xAD, the soft hyphen. Checked against the TCVN3 tables of Unikey's VnConv
 * (unikey/data.cpp), vietnamese-conversion (src/charsets.ts) and other public converters.
 */
const TCVN3_VOWELS = `
  a  a      µ ¸ ¶ · ¹
  ă  ¨      » ¾ ¼ ½ Æ
  â  ©      Ç Ê È É Ë
  e  e      Ì Ð Î Ï Ñ
  ê  ª      Ò Õ Ó Ô Ö
  i  i      × Ý Ø Ü Þ
  o  o      ß ã á â ä
  ô  «      å è æ ç é
  ơ  ¬      ê í ë ì î
  u  u      ï ó ñ ò ô
  ư  \u00AD õ ø ö ÷ ù
  y  y      ú ý û ü þ`;

/** TCVN3 letters outside the vowel rows: đ, and the capitals that have a code of their own. */
const TCVN3_OTHERS = 'đ ® Đ § Ă ¡ Â ¢ Ê £ Ô ¤ Ơ ¥ Ư ¦';

/**
 * VNI-Windows, the same layout. Capitals are the same sequences in upper case ("AØ" = "À").
 * Checked against xvnkb (vni.h), vietnamese-conversion (src/charsets.ts) and Unikey's VnConv.
 */
const VNI_VOWELS = `
  a  a   aø aù aû aõ aï
  ă  aê  aè aé aú aü aë
  â  aâ  aà aá aå aã aä
  e  e   eø eù eû eõ eï
  ê  eâ  eà eá eå eã eä
  i  i   ì  í  æ  ó  ò
  o  o   oø où oû oõ oï
  ô  oâ  oà oá oå oã oä
  ơ  ô   ôø ôù ôû ôõ ôï
  u  u   uø uù uû uõ uï
  ư  ö   öø öù öû öõ öï
  y  y   yø yù yû yõ î`;

const VNI_OTHERS = 'đ ñ';

/** [legacy spelling, Unicode letter] for every lower-case letter of a table. */
function tablePairs(vowels: string, others: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const row of vowels.trim().split('\n')) {
    const [vowel, ...codes] = row.trim().split(/ +/);
    codes.forEach((code, tone) => pairs.push([code, (vowel + TONES[tone]).normalize('NFC')]));
  }
  const words = others.split(' ');
  for (let i = 0; i < words.length; i += 2) pairs.push([words[i + 1]!, words[i]!]);
  // Plain ASCII vowels stand for themselves; "ý", "í", "ì" are codes that happen to be letters.
  return pairs.filter(([code, letter]) => code !== letter || code > '\u007F');
}

/** TCVN3 code → letter (lower case for the toned letters, see `convertLegacy`). */
const TCVN3_MAP = new Map(tablePairs(TCVN3_VOWELS, TCVN3_OTHERS));

/** VNI sequence (one or two characters, any case) → letter, in the case of the base letter. */
const VNI_MAP = new Map<string, string>();
for (const [code, letter] of tablePairs(VNI_VOWELS, VNI_OTHERS)) {
  const upper = letter.toUpperCase();
  VNI_MAP.set(code, letter);
  VNI_MAP.set(code.toUpperCase(), upper);
  if (code.length === 2) {
    VNI_MAP.set(code[0]!.toUpperCase() + code[1], upper);
    VNI_MAP.set(code[0] + code[1]!.toUpperCase(), letter);
  }
}

/** A run of letters, or of the Latin-1 characters the legacy encodings use as letters. */
const WORD = /(?:[A-Za-z\u00A1-\u00FF\u0100-\u024F\u1E00-\u1EFF]|[\u0300-\u036F])+/gu;
const WORD_SPLIT = /((?:[A-Za-z\u00A1-\u00FF\u0100-\u024F\u1E00-\u1EFF]|[\u0300-\u036F])+)/u;

/** Letters only Unicode Vietnamese has, or combining marks (NFD): never in legacy text. */
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]|[\u0300-\u036F]/u;
const HIGH = /[\u00A1-\u00FF]/;
const ASCII_LETTER = /[A-Za-z]/;
const TCVN3_CODE =
  /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C6-\u00CC\u00CE-\u00D8\u00DC-\u00DF\u00E1-\u00EF\u00F1-\u00FE]/;
const VNI_CODE = /[ìíæóòîôöñÌÍÆÓÒÎÔÖÑùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/;

/**
 * The toneless ư of TCVN3 is a soft hyphen, which text cleaning and Word's conversion of old
 * documents often drop: "®\u00ADîc" becomes "®îc" ("đợc" for "được"). An ơ followed by -ng,
 * -c or -u spells no Vietnamese syllable, so there the lost ư is put back; so is "người" from
 * "ngời".
 */
const LOST_U_HORN = /(^|[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z§®])([¬êíëìî])(?=ng|NG|[cuCU])/g;
const LOST_U_HORN_NGUOI = /^(ng|Ng|NG)(ê[iI])$/;

/** TCVN3 code characters that are symbols, not letters, in Western text: strong evidence. */
const TCVN3_STRONG = /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE×÷Þ]/g;
/**
 * VNI marks that no European language puts after a vowel. The common sắc (ù), hỏi (û), nặng
 * (ï) and the circumflex-sắc/breve-sắc (á, é, ú) are left out: French "où", "coûte", "naïf",
 * "aéroport" and Spanish "aún" have them.
 */
const VNI_STRONG_MARKS = 'øõåäãâêèëü';

interface TokenStats {
  /** Legacy characters of the word that the table did not account for. */
  unmatched: number;
  /** Strong evidence found in the word (a code, or a base-and-mark sequence). */
  strong: string[];
}

function tcvn3Word(word: string, stats?: TokenStats): string {
  const src = word.replace(LOST_U_HORN, '$1\u00AD$2').replace(LOST_U_HORN_NGUOI, '$1\u00AD$2');
  let out = '';
  for (const ch of src) {
    const letter = TCVN3_MAP.get(ch);
    if (letter !== undefined) out += letter;
    else {
      out += ch;
      if (stats && ch > '\u007F') stats.unmatched++;
    }
  }
  if (stats) for (const m of word.matchAll(TCVN3_STRONG)) stats.strong.push(m[0]);
  return out;
}

function vniWord(word: string, stats?: TokenStats): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = i + 1 < word.length ? VNI_MAP.get(word.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      if (stats) {
        const seq = word.slice(i, i + 2).toLowerCase();
        if (VNI_STRONG_MARKS.includes(seq[1]!) || seq[0] === 'ô' || seq[0] === 'ö') {
          stats.strong.push(seq);
        }
      }
      i++;
      continue;
    }
    const ch = word.charAt(i);
    const single = VNI_MAP.get(ch);
    if (single !== undefined) {
      out += single;
      // A word-initial đ before a vowel: Spanish has ñ inside words only.
      if (stats && i === 0 && (ch === 'ñ' || ch === 'Ñ') && /[aeiouyôö]/i.test(word.charAt(1))) {
        stats.strong.push('ñ');
      }
    } else {
      out += ch;
      if (stats && ch > '\u007F') stats.unmatched++;
    }
  }
  return out;
}

const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?' +
    '(?:uyê|uya|oa|oă|oe|oo|uâ|uê|uy|uơ|uô|ươ|ưa|ua|ia|iê|yê|[aăâeêioôơuưy])' +
    '(?:ch|nh|ng|[cmnpt]|[iyou])?$',
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL = /[aăâeêioôơuưy]/;

/**
 * Whether a converted word is one Vietnamese syllable: 'yes', 'no', or 'skip' for a word
 * without a vowel (an abbreviation such as HĐND), which says nothing either way.
 */
function syllable(word: string): 'yes' | 'no' | 'skip' {
  if (word.length > 8) return 'no';
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARK) ?? [];
  const bare = decomposed.replace(TONE_MARK, '').normalize('NFC');
  if (!VOWEL.test(bare)) return 'skip';
  if (tones.length > 1 || !SYLLABLE.test(bare)) return 'no';
  // A syllable ending in a stop takes only the sắc or nặng tone.
  if (/(?:c|ch|p|t)$/.test(bare) && tones[0] !== '\u0301' && tones[0] !== '\u0323') return 'no';
  return 'yes';
}

/** What one word says for an encoding: whether it reads as a syllable, and its strong evidence. */
interface Verdict {
  reads: 'yes' | 'no' | 'skip';
  strong: string[];
}

function judge(word: string, convert: typeof tcvn3Word): Verdict {
  const stats: TokenStats = { unmatched: 0, strong: [] };
  const converted = convert(word, stats);
  return { reads: stats.unmatched > 0 ? 'no' : syllable(converted), strong: stats.strong };
}

/** A word's verdicts: null where the word holds no character of that encoding. */
interface WordVerdicts {
  unicode: boolean;
  tcvn3: Verdict | null;
  vni: Verdict | null;
}

function judgeWord(word: string): WordVerdicts {
  if (UNICODE_VIETNAMESE.test(word)) return { unicode: true, tcvn3: null, vni: null };
  // A legacy word has a base letter; lone symbols ("«", "©", "§ 5") prove nothing.
  if (!HIGH.test(word) || !ASCII_LETTER.test(word)) {
    return { unicode: false, tcvn3: null, vni: null };
  }
  return {
    unicode: false,
    tcvn3: TCVN3_CODE.test(word) ? judge(word, tcvn3Word) : null,
    vni: VNI_CODE.test(word) ? judge(word, vniWord) : null,
  };
}

interface Tally {
  valid: number;
  invalid: number;
  strongWords: number;
  strong: Set<string>;
}

function count(tally: Tally, verdict: Verdict | null): void {
  if (verdict === null || verdict.reads === 'skip') return;
  if (verdict.reads === 'no') {
    tally.invalid++;
    return;
  }
  tally.valid++;
  if (verdict.strong.length === 0) return;
  tally.strongWords++;
  for (const s of verdict.strong) tally.strong.add(s);
}

/**
 * Per-call memo of a function of a word: real text repeats a few thousand words, so each is
 * worked out once. Bounded, so that a text of all-distinct words does not grow it without end.
 */
function memo<T>(f: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let value = seen.get(word);
    if (value === undefined) {
      value = f(word);
      if (seen.size < 100_000) seen.set(word, value);
    }
    return value;
  };
}

/** Thresholds of the detection rule (see `detectLegacyEncoding`). */
const MIN_VALID_WORDS = 3;
const MIN_STRONG_WORDS = 2;
const MIN_DISTINCT_STRONG = 2;
const MIN_VALID_RATIO = 0.6;
const MIN_SHARE_OF_WORDS = 0.1;
const MIN_STRONG_SHARE = 0.03;
const MAX_UNICODE_SHARE = 0.2;

function convincing(t: Tally, words: number, unicodeWords: number): boolean {
  return (
    t.valid >= MIN_VALID_WORDS &&
    t.strongWords >= MIN_STRONG_WORDS &&
    t.strong.size >= MIN_DISTINCT_STRONG &&
    t.valid >= MIN_VALID_RATIO * (t.valid + t.invalid) &&
    t.valid >= MIN_SHARE_OF_WORDS * words &&
    t.strongWords >= MIN_STRONG_SHARE * words &&
    !(unicodeWords >= 2 && unicodeWords > MAX_UNICODE_SHARE * t.valid)
  );
}

/**
 * The legacy encoding a text was typed in, or null for ordinary Unicode (or plain ASCII) text.
 *
 * Every word holding characters of an encoding is converted as if it were in that encoding and
 * counted as valid when the result is one Vietnamese syllable (initial, vowel group, final, at
 * most one tone, only sắc or nặng before a stop) and nothing in it was left unconverted. An
 * encoding is chosen when, for it:
 * - at least 3 words are valid, and at least 60% of the words it touched are;
 * - valid words are at least 10% of all words;
 * - at least 2 valid words (and 3% of all words) hold strong evidence, of at least 2 distinct
 *   kinds: for TCVN3 a code that is a symbol in Western text (µ ¸ ¹ ® § « …), for VNI a mark
 *   that no European language puts after a vowel (aø, oä, xaõ, ö/ô with a tone …);
 * - words with letters only Unicode has (ư, ộ, đ, NFD marks) are fewer than 2, or under a fifth
 *   of the valid words.
 * If both encodings qualify the one with more valid words wins; a tie is null.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!HIGH.test(text)) return null;
  const tcvn3: Tally = { valid: 0, invalid: 0, strongWords: 0, strong: new Set() };
  const vni: Tally = { valid: 0, invalid: 0, strongWords: 0, strong: new Set() };
  let words = 0;
  let unicodeWords = 0;
  const verdicts = memo(judgeWord);
  for (const [word] of text.matchAll(WORD)) {
    words++;
    const v = verdicts(word);
    if (v.unicode) unicodeWords++;
    count(tcvn3, v.tcvn3);
    count(vni, v.vni);
  }
  const isTcvn3 = convincing(tcvn3, words, unicodeWords);
  const isVni = convincing(vni, words, unicodeWords);
  if (isTcvn3 && isVni) {
    if (tcvn3.valid === vni.valid) return null;
    return tcvn3.valid > vni.valid ? 'TCVN3' : 'VNI';
  }
  return isTcvn3 ? 'TCVN3' : isVni ? 'VNI' : null;
}

type WordCase = 'lower' | 'caps' | 'coded caps' | 'unknown';

/**
 * The case a TCVN3 word was meant in. Its ASCII letters tell: any lower-case one makes it
 * lower case ("ChÝ"), two or more capitals and no lower case make it a capitals word ("CHÊP";
 * "coded" when it holds a code other than Đ, which abbreviations such as "T§TN" do not hold).
 * A word with one capital or none ("KÕ", "Hå") is unknown.
 */
function tcvn3Case(word: string): WordCase {
  if (/[a-z]/.test(word)) return 'lower';
  const capitals = word.match(/[A-Z\u00A1-\u00A7]/g)?.length ?? 0;
  if (capitals < 2) return 'unknown';
  return /[\u00A1-\u00A6\u00A8-\u00FF]/.test(word) ? 'coded caps' : 'caps';
}

/** Words count as neighbours across spaces and punctuation, not across numbers or a slash. */
const NEIGHBOURING = /^[^\d/]*$/;

/**
 * One line (or table cell) of TCVN3. A run of words of unknown case is put in capitals when the
 * words bordering the run are capitals words and one of them has a code of its own:
 * "KÕ HO¹CH" is "KẾ HOẠCH" and "GIAN Vµ Tæ CHøC" is "GIAN VÀ TỔ CHỨC", but "Hå" stays "Hồ" in
 * "TNCS Hå ChÝ Minh", "Bé" stays "Bộ" in "Bé GD&§T" and "Sè" stays "Số" in "Sè 05-KH/T§TN".
 */
function convertTcvn3Line(line: string, convertWord: (word: string) => string): string {
  const parts = line.split(WORD_SPLIT);
  const cases: WordCase[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const word = parts[i]!;
    // A word already in Unicode is left alone, and is no capitals word for its neighbours.
    cases[i] = UNICODE_VIETNAMESE.test(word) ? 'lower' : tcvn3Case(word);
  }
  const upper: boolean[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    upper[i] = cases[i] === 'caps' || cases[i] === 'coded caps';
    if (cases[i] !== 'unknown') continue;
    // The run of unknown words from i to `last`, joined by spaces or punctuation.
    let last = i;
    while (
      last + 2 < parts.length &&
      cases[last + 2] === 'unknown' &&
      NEIGHBOURING.test(parts[last + 1]!)
    ) {
      last += 2;
    }
    const borders = [
      i > 1 && NEIGHBOURING.test(parts[i - 1]!) ? cases[i - 2] : undefined,
      last + 2 < parts.length && NEIGHBOURING.test(parts[last + 1]!) ? cases[last + 2] : undefined,
    ].filter((c) => c !== undefined);
    const caps =
      borders.includes('coded caps') && borders.every((c) => c === 'caps' || c === 'coded caps');
    for (let j = i; j <= last; j += 2) upper[j] = caps;
    i = last;
  }
  for (let i = 1; i < parts.length; i += 2) {
    const word = parts[i]!;
    if (!HIGH.test(word) || UNICODE_VIETNAMESE.test(word)) continue;
    const converted = convertWord(word);
    parts[i] = upper[i] ? converted.toUpperCase() : converted;
  }
  return parts.join('');
}

function convertTcvn3(text: string): string {
  const convertWord = memo((word) => tcvn3Word(word));
  return text.replace(/[^\n\r\t]+/g, (line) =>
    HIGH.test(line) ? convertTcvn3Line(line, convertWord) : line,
  );
}

function convertVni(text: string): string {
  const convertWord = memo((word) => vniWord(word));
  return text.replace(WORD, (word) =>
    HIGH.test(word) && !UNICODE_VIETNAMESE.test(word) ? convertWord(word) : word,
  );
}

/**
 * The text converted to Unicode NFC. Characters that are not part of the encoding are kept as
 * they are, and so are words already holding Unicode Vietnamese letters.
 *
 * TCVN3 has no codes for capitals with a tone: they come out in lower case, except in words
 * written in capitals (see `convertTcvn3Line`). Text typed entirely in a capitals font
 * (.VnTimeH) can be passed with `upperCase: true`, which upper-cases the whole result. A ư lost
 * with its soft hyphen is put back where the spelling leaves no doubt (see `LOST_U_HORN`).
 */
export function convertLegacy(
  text: string,
  encoding: LegacyEncoding,
  options: { upperCase?: boolean } = {},
): string {
  const converted = encoding === 'TCVN3' ? convertTcvn3(text) : convertVni(text);
  const nfc = converted.normalize('NFC');
  return options.upperCase ? nfc.toUpperCase() : nfc;
}
