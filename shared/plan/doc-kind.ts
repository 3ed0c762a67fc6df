/**
 * What kind of document the header says this is. A plan ("KẾ HOẠCH") or a work programme
 * ("CHƯƠNG TRÌNH CÔNG TÁC") is read; a report, a guidance, a decision, an official letter … is
 * refused by name, even when it holds a table of quarters (a report of what was done).
 *
 * The kind is the line in capitals under the header block ("BÁO CÁO", "KẾ HOẠCH"), which may go
 * on with the title ("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2024"). Without one, an official letter
 * shows itself by its "V/v …" line, and the document number's kind code ("12-BC/TĐTN") tells the
 * rest.
 */
import type { OtherDocKind } from '../i18n/plan-words';
import { asciiFold } from '../text/normalize';

export type DocKind = 'plan' | 'programme' | OtherDocKind;

/** Kind words as they start the kind line, folded; longer first where one starts another. */
const KIND_WORDS: readonly (readonly [string, DocKind])[] = [
  ['ke hoach lien tich', 'plan'],
  ['ke hoach', 'plan'],
  ['chuong trinh cong tac', 'programme'],
  ['chuong trinh hanh dong', 'programme'],
  ['chuong trinh', 'programme'],
  ['bao cao', 'report'],
  ['huong dan', 'guidance'],
  ['quyet dinh', 'decision'],
  ['cong van', 'letter'],
  ['thong bao', 'notice'],
  ['thong tri', 'notice'],
  ['to trinh', 'submission'],
  ['nghi quyet', 'resolution'],
  ['chi thi', 'directive'],
  ['giay moi', 'invitation'],
  ['quy che', 'regulation'],
  ['quy dinh', 'regulation'],
  ['bien ban', 'minutes'],
];

/** The kind codes of document numbers ("46-KH/ĐTN", "18/KH-UBND", "12-CTr/ĐTN"), folded. */
const NUMBER_CODES: Record<string, DocKind> = {
  kh: 'plan',
  khlt: 'plan',
  ctr: 'programme',
  bc: 'report',
  hd: 'guidance',
  qd: 'decision',
  cv: 'letter',
  tb: 'notice',
  ttr: 'submission',
  nq: 'resolution',
  ct: 'directive',
  gm: 'invitation',
  bb: 'minutes',
};

export interface KindLine {
  kind: DocKind;
  /** The kind words as written ("KẾ HOẠCH", "CHƯƠNG TRÌNH"). */
  words: string;
  /** What follows the kind words on the same line: the start of the title, or "". */
  rest: string;
}

/** A line in capitals that starts with a kind word: "KẾ HOẠCH", "BÁO CÁO KẾT QUẢ …". */
export function kindLine(line: string): KindLine | null {
  const text = line.trim();
  if (text !== text.toUpperCase() || text.length > 200) return null;
  const folded = asciiFold(text);
  for (const [words, kind] of KIND_WORDS) {
    if (folded === words || folded.startsWith(`${words} `)) {
      // asciiFold keeps one character for each letter of NFC text, so the offsets agree
      const cut = folded.length === text.length ? words.length : -1;
      if (cut < 0) return { kind, words: text, rest: '' };
      return { kind, words: text.slice(0, cut), rest: text.slice(cut).trim() };
    }
  }
  return null;
}

/** "V/v tổng hợp số liệu …", "Về việc …": the subject line of an official letter. */
export function isSubjectLine(line: string): boolean {
  return /^\s*(?:v\/v|v\.v|ve viec)\b/.test(asciiFold(line));
}

/** The kind a document number's code names: "12-BC/TĐTN" → report; null when it names none. */
export function kindOfNumber(number: string | null): DocKind | null {
  if (!number) return null;
  const m = /^[\d.…_]*\s*[-/]\s*([a-z]+)/.exec(asciiFold(number));
  return m ? (NUMBER_CODES[m[1] as string] ?? null) : null;
}

export function isReadableKind(kind: DocKind): kind is 'plan' | 'programme' {
  return kind === 'plan' || kind === 'programme';
}
