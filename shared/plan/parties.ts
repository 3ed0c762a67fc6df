/**
 * The "Chỉ đạo, thực hiện" cell split into parties, the most frequent source of wrong units.
 *
 * - Parties are separated by line breaks, ";", leading dashes, and by "," or "và" only where the
 *   piece after it starts a party of its own (a party word such as "Ban", "Văn phòng", "Đoàn",
 *   a known name, an acronym): "Phòng Giáo dục và Đào tạo huyện" and "Ban Tổ chức, Kiểm tra"
 *   stay whole, "Đồng chí Phó Bí thư phụ trách và cán bộ Văn phòng" is two.
 * - A group phrase ("Các huyện, Thành Đoàn và Đoàn trực thuộc", "Đoàn các xã, thị trấn và Đoàn
 *   trực thuộc") runs on over the kinds of unit it lists.
 * - Role words are labels: "Ban Tuyên giáo chủ trì" is "Ban Tuyên giáo"; "A chủ trì, B phối hợp"
 *   makes A an owner and B a co-operating party (`support`), as do "Phối hợp: …" and "(phối
 *   hợp với …)".
 *
 * The words are data (`party-words.ts`); an office's own names and phrases come in as a
 * `PartyVocabulary` (from its unit directory), so they are kept whole and count as parties.
 */
import { isLowerChar } from '../text/letters';
import { asciiFold, squeeze } from '../text/normalize';
import {
  ACTION_WORDS,
  COMPOUND_NAMES,
  GROUP_HEADS,
  KIND_QUALIFIERS,
  LEAD_LABELS,
  LEAD_ROLE_WORDS,
  NAMED_HEADS,
  PARTY_HEADS,
  SUPPORT_LABELS,
  SUPPORT_ROLE_WORDS,
  UNIT_KINDS,
} from './party-words';

export interface Parties {
  owners: string[];
  support: string[];
}

/** An office's own names: kept whole and known as parties when reading its plans. */
export interface PartyVocabulary {
  /** Names of units and their aliases ("Phòng Giáo dục và Đào tạo huyện", "Bảo Lạc"). */
  names: readonly string[];
  /** Group phrases ("Các huyện, Thành Đoàn và Đoàn trực thuộc", phrases the office mapped). */
  groups: readonly string[];
}

export const NO_VOCABULARY: PartyVocabulary = { names: [], groups: [] };

const COMMA = '\u0001';
const SPACE = '\u0002';
const SEMI = '\u0003';
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Folded for matching, one character for each character of the NFC text. */
function fold(s: string): string {
  const f = asciiFold(s).replace(DASHES, '-');
  return f.length === s.length ? f : asciiFold(s.replace(DASHES, '-'));
}

function foldWords(s: string): string {
  return fold(s)
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[\s.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A folded phrase as a pattern that allows any spacing around its words, commas and dashes. */
function phrasePattern(phrase: string): string {
  return foldWords(phrase)
    .split(/\s+/)
    .map((w) => (w === '-' ? '-' : escape(w).replace(/,$/, '\\s*,')))
    .join('\\s*')
    .replace(/(\\s\*)+/g, '\\s*')
    .replace(/([a-z0-9])\\s\*(?=[a-z0-9])/g, '$1\\s+');
}

interface Compiled {
  /** Known names and groups anywhere in a text; group 1 is what precedes, group 2 the name. */
  protect: RegExp | null;
  /** Folded keys of every known name and group. */
  known: Set<string>;
  /** Known names followed by more words ("Bảo Lạc huyện …"), longest first. */
  prefixes: string[];
}

const compiled = new WeakMap<PartyVocabulary, Compiled>();

function compile(vocab: PartyVocabulary): Compiled {
  const hit = compiled.get(vocab);
  if (hit) return hit;
  const phrases = [...COMPOUND_NAMES, ...vocab.names, ...vocab.groups].filter(
    (p) => squeeze(p).length > 0,
  );
  const known = new Set(phrases.map((p) => foldWords(p)));
  // only phrases that hold a separator need protecting
  const guarded = [...new Set(phrases.filter((p) => /,|\s(?:và|va)\s|&/iu.test(p)))]
    .map(phrasePattern)
    .sort((a, b) => b.length - a.length);
  const protect =
    guarded.length > 0 ? new RegExp(`(^|[^a-z0-9])(${guarded.join('|')})(?![a-z0-9])`, 'g') : null;
  const prefixes = [...known].filter((k) => k.includes(' ')).sort((a, b) => b.length - a.length);
  const c = { protect, known, prefixes };
  compiled.set(vocab, c);
  return c;
}

/** Separators inside brackets and inside known names are not separators. */
function protect(text: string, vocab: Compiled): string {
  // a conjunction loses the space before it, so that nothing splits there
  const hide = (s: string): string =>
    s
      .replace(/,/g, COMMA)
      .replace(/;/g, SEMI)
      .replace(/\s(và|Và|VÀ|&)(?=\s)/g, `${SPACE}$1`);
  let out = text.replace(/\([^()]*\)/g, hide);
  const re = vocab.protect;
  if (!re) return out;
  const folded = fold(out);
  if (folded.length !== out.length) return out;
  let result = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index + (m[1] as string).length;
    const end = start + (m[2] as string).length;
    result += out.slice(last, start) + hide(out.slice(start, end));
    last = end;
    if (m[0].length === 0) re.lastIndex++;
  }
  out = result + out.slice(last);
  return out;
}

function restore(text: string): string {
  return text
    .replace(new RegExp(COMMA, 'g'), ',')
    .replace(new RegExp(SEMI, 'g'), ';')
    .replace(new RegExp(SPACE, 'g'), ' ');
}

function cleanParty(s: string): string {
  return squeeze(s)
    .replace(/^[-–—+•*]\s*/, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

function startsWithWords(folded: string, words: string): boolean {
  return folded === words || folded.startsWith(`${words} `);
}

/** "BTV", "VP", "LĐLĐ", "BCH-TĐ": a party written as an acronym. */
function isAcronym(piece: string): boolean {
  return /^[A-ZĐ][A-ZĐ0-9&.\-–]{1,11}$/u.test(piece);
}

/** The piece names a party of its own: a party word, a known name or an acronym starts it. */
function isParty(piece: string, vocab: Compiled, folded = foldWords(piece)): boolean {
  const f = folded;
  if (!f) return false;
  if (vocab.known.has(f) || isAcronym(piece)) return true;
  if (vocab.prefixes.some((k) => f.startsWith(`${k} `))) return true;
  if (PARTY_HEADS.some((h) => startsWithWords(f, h))) return true;
  for (const h of NAMED_HEADS) {
    if (!f.startsWith(`${h} `) || f.startsWith('xa hoi')) continue;
    // the word after the head, in the piece as written: a proper name starts with a capital
    const rest = squeeze(piece).split(/\s+/).slice(h.split(' ').length)[0] ?? '';
    // "Phường 3", "Quận 1", "Tổ 2" are units, but "số 2" is a number, not a "Sở"
    if (h === 'so' && /^\d/.test(rest)) continue;
    if (rest && !isLowerChar(rest[0])) return true;
  }
  return false;
}

/** Kinds and qualifiers as word lists, longest first, dashes kept with their words. */
const KIND_PHRASES: string[][] = [...new Set([...UNIT_KINDS, ...KIND_QUALIFIERS])]
  .map((k) => k.replace(/ - /g, '-').split(' '))
  .sort((a, b) => b.length - a.length);

/** "thị trấn", "Thành Đoàn", "Đoàn trực thuộc", "chi đoàn trực thuộc": only kinds of unit. */
function isKindList(folded: string): boolean {
  const words = folded.replace(/ - /g, '-').split(' ');
  let i = words[0] === 'cac' ? 1 : 0;
  if (i >= words.length) return false;
  while (i < words.length) {
    const found = KIND_PHRASES.find((kw) => kw.every((w, j) => words[i + j] === w));
    if (!found) return false;
    i += found.length;
  }
  return true;
}

function startsGroup(folded: string): boolean {
  return GROUP_HEADS.some((h) => folded.startsWith(`${h} `));
}

/**
 * "A, B và C" → [A, B, C] where each piece starts a party; a piece that does not ("Đào tạo",
 * "Kiểm tra") belongs to the party before it, and a group phrase runs on over the kinds of unit
 * it lists. A text whose first piece is no party stays whole.
 */
function splitList(text: string, vocabulary: PartyVocabulary = NO_VOCABULARY): string[] {
  const whole = cleanParty(text);
  if (!whole) return [];
  const vocab = compile(vocabulary);
  const guarded = protect(whole, vocab);
  const parts = guarded.split(/(\s*[,;]\s*|\s+(?:và|Và|VÀ|&)\s+)/u);
  if (parts.length === 1) return [whole];
  const pieces: { text: string; folded: string; sep: string }[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const t = cleanParty(restore(parts[k] as string));
    const sep = k > 0 ? restore(parts[k - 1] as string) : '';
    if (t) {
      const spaced = /[,;]/.test(sep) ? `${sep.trim()} ` : ` ${sep.trim()} `;
      pieces.push({ text: t, folded: foldWords(t), sep: spaced });
    }
  }
  const first = pieces[0];
  if (!first || !isParty(first.text, vocab, first.folded)) return [whole];
  const out: string[] = [first.text];
  let group = startsGroup(first.folded);
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k] as { text: string; folded: string; sep: string };
    if (group && isKindList(p.folded)) {
      out[out.length - 1] += p.sep + p.text;
    } else if (isParty(p.text, vocab, p.folded)) {
      out.push(p.text);
      group = startsGroup(p.folded);
    } else {
      out[out.length - 1] += p.sep + p.text;
    }
  }
  return out.map((p) => squeeze(p));
}

// ---------------------------------------------------------------- roles

const byLength = (words: readonly string[]): string[] =>
  [...words].sort((a, b) => b.length - a.length);

const pattern = (words: readonly string[]): string =>
  byLength(words)
    .map((w) => escape(w).replace(/ /g, '\\s+').replace(/,/g, '\\s*,'))
    .join('|');

const LABEL_RE = new RegExp(
  `^\\s*(?:[-–+•]\\s*)?(${pattern(LEAD_LABELS)}|${pattern(SUPPORT_LABELS)})\\s*:\\s*`,
);
const SUPPORT_LABEL_SET = new Set(SUPPORT_LABELS.map((l) => l.replace(/\s+/g, ' ')));
const TRAILING_ROLE_RE = new RegExp(
  `(^|[\\s(,\\-–])\\(?\\s*(${pattern(LEAD_ROLE_WORDS)}|${pattern(SUPPORT_ROLE_WORDS)})\\s*\\)?[\\s.;,:]*$`,
);
const SUPPORT_ROLE_SET = new Set(SUPPORT_ROLE_WORDS);
/** "(phối hợp với …)", "(có sự phối hợp của …)". */
const SUPPORT_PAREN = /\(\s*(?:có\s+sự\s+)?phối\s+hợp(?:\s+(?:với|của))?\s*:?\s*([^()]*)\)/iu;
/** "…, phối hợp với …", "… và phối hợp …", or the whole text "phối hợp với …". */
const SUPPORT_INLINE = /(?:^|[,;]?\s*(?:và\s+)?)phối\s+hợp(?:\s+(?:với|của))?\s*:?\s*(.+)$/iu;

type Role = 'owners' | 'support';

/** "Chủ trì: A", "- Phối hợp: B": the label's role and the text after it. */
function takeLabel(text: string): { role: Role | null; rest: string } {
  const m = LABEL_RE.exec(fold(text));
  if (!m) return { role: null, rest: text };
  const label = (m[1] as string).replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ');
  return {
    role: SUPPORT_LABEL_SET.has(label) ? 'support' : 'owners',
    rest: text.slice(m[0].length),
  };
}

/**
 * The role word at the end of a text ("Ban Tuyên giáo chủ trì", "Văn phòng (phối hợp)"), written
 * in lower case or in brackets, and the text without it.
 */
function takeTrailingRole(text: string): { role: Role | null; rest: string } {
  const f = fold(text);
  const m = TRAILING_ROLE_RE.exec(f);
  if (!m) return { role: null, rest: text };
  const at = m.index + (m[1] as string).length;
  const tail = text.slice(at);
  // the end of a longer bracket ("(phối hợp với Ban Tuyên giáo tham mưu)") is no role of its own
  if (tail.includes(')') && !tail.startsWith('(')) return { role: null, rest: text };
  const written = tail.replace(/^\(\s*/, '');
  const bracketed = tail.startsWith('(');
  if (!bracketed && !isLowerChar(written[0])) return { role: null, rest: text };
  const rest = text.slice(0, at).replace(/[\s(,\-–]+$/, '');
  if (!rest) return { role: null, rest: text };
  const word = (m[2] as string).replace(/\s+/g, ' ');
  return { role: SUPPORT_ROLE_SET.has(word) ? 'support' : 'owners', rest };
}

/** Splits at the commas after a role word: "A chủ trì, B phối hợp" → "A chủ trì" | "B phối hợp". */
function subClauses(text: string): { text: string; role: Role | null }[] {
  const segments = text.split(/(?=,)/);
  const out: { text: string; role: Role | null }[] = [];
  let current = '';
  for (const seg of segments) {
    current += seg;
    const probe = current.replace(/^\s*,\s*/, '');
    const { role, rest } = takeTrailingRole(probe);
    if (role) {
      out.push({ text: rest, role });
      current = '';
    }
  }
  const tail = current.replace(/^\s*,\s*/, '');
  if (cleanParty(tail)) out.push({ text: tail, role: null });
  return out;
}

/** Lines, dashes and semicolons outside brackets: the items of a cell. */
function items(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const line of p.split(/\n/)) {
      // "- A. - B." typed on one line
      for (const dashed of line.replace(/([.;])\s+(?=[-–+•]\s)/g, '$1\n').split('\n')) {
        let depth = 0;
        let start = 0;
        for (let i = 0; i < dashed.length; i++) {
          const c = dashed[i];
          if (c === '(') depth++;
          else if (c === ')') depth = Math.max(0, depth - 1);
          else if (c === ';' && depth === 0) {
            out.push(dashed.slice(start, i));
            start = i + 1;
          }
        }
        out.push(dashed.slice(start));
      }
    }
  }
  return out.map((s) => squeeze(s)).filter((s) => cleanParty(s).length > 0);
}

/** Cells already split, by vocabulary: a plan repeats the same few owner cells many times. */
const splitCache = new WeakMap<PartyVocabulary, Map<string, Parties>>();

/** Splits one cell (its paragraphs) into owners and co-operating parties. */
export function splitParties(
  paragraphs: readonly string[],
  vocabulary: PartyVocabulary = NO_VOCABULARY,
): Parties {
  let cache = splitCache.get(vocabulary);
  if (!cache) {
    cache = new Map();
    splitCache.set(vocabulary, cache);
  }
  const key = paragraphs.join('\n');
  let parties = cache.get(key);
  if (!parties) {
    parties = splitCell(paragraphs, vocabulary);
    if (cache.size < 20_000) cache.set(key, parties);
  }
  return { owners: [...parties.owners], support: [...parties.support] };
}

function splitCell(paragraphs: readonly string[], vocabulary: PartyVocabulary): Parties {
  const owners: string[] = [];
  const support: string[] = [];
  const add = (role: Role, text: string): void => {
    const list = role === 'support' ? support : owners;
    for (const p of splitList(text, vocabulary)) if (!list.includes(p)) list.push(p);
  };
  let target: Role = 'owners';
  for (const item of items(paragraphs)) {
    const label = takeLabel(item);
    if (label.role) target = label.role;
    for (const clause of subClauses(label.rest)) {
      let text = clause.text;
      const role = clause.role ?? target;
      const paren = SUPPORT_PAREN.exec(text);
      if (paren) {
        add('support', takeTrailingRole(paren[1] ?? '').rest);
        text = text.replace(SUPPORT_PAREN, ' ');
      } else {
        const inline = SUPPORT_INLINE.exec(text);
        if (inline) {
          add('support', takeTrailingRole(inline[1] ?? '').rest);
          text = text.slice(0, inline.index);
        }
      }
      if (cleanParty(text)) add(role, takeTrailingRole(text).rest);
    }
  }
  return { owners, support };
}

/**
 * Parties read without an office's names, read again with them: pieces that together make one
 * of its names are joined, a piece that lists several of its units is split. What the plan reader
 * would have given with the vocabulary from the start, for plans read before it was known.
 */
export function refineParties(parties: readonly string[], vocabulary: PartyVocabulary): string[] {
  const vocab = compile(vocabulary);
  const joined: string[] = [];
  for (let i = 0; i < parties.length; i++) {
    let current = parties[i] as string;
    for (let j = i + 1; j < parties.length; j++) {
      const next = parties[j] as string;
      const candidate = [`${current}, ${next}`, `${current} và ${next}`].find((c) =>
        vocab.known.has(foldWords(c)),
      );
      if (!candidate) break;
      current = candidate;
      i = j;
    }
    joined.push(current);
  }
  const out: string[] = [];
  for (const p of joined) {
    const pieces = vocab.known.has(foldWords(p)) ? [p] : splitList(p, vocabulary);
    for (const piece of pieces) if (!out.includes(piece)) out.push(piece);
  }
  return out;
}

const ACTIONS = new RegExp(
  `(^|[^a-z0-9])(${ACTION_WORDS.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`,
  'g',
);

/**
 * A party's name, not a sentence: it starts like a party, is short, and holds no verb written in
 * lower case ("Ban Tổ chức" is a name, "Ban Chấp hành tổ chức hội thi" a sentence).
 */
export function isPartyName(text: string, vocabulary: PartyVocabulary = NO_VOCABULARY): boolean {
  const name = cleanParty(text);
  if (!isParty(name, compile(vocabulary)) || name.split(/\s+/).length > 14) return false;
  const f = fold(name);
  if (f.length !== name.length) return true;
  ACTIONS.lastIndex = 0;
  for (let m = ACTIONS.exec(f); m; m = ACTIONS.exec(f)) {
    if (isLowerChar(name[m.index + (m[1] as string).length])) return false;
  }
  return true;
}
