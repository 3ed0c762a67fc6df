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

/** An annex ("PHỤ LỤC") is read as the document it goes with says, else as a plan's table. */
export type DocKind = 'plan' | 'programme' | 'annex' | OtherDocKind;

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
  ['phu luc', 'annex'],
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

export function isReadableKind(kind: DocKind): kind is 'plan' | 'programme' | 'annex' {
  return kind === 'plan' || kind === 'programme' || kind === 'annex';
}

/** What an annex says it goes with: "(Kèm theo Kế hoạch số 41-KH/TĐTN-VP ngày 10/01/2025 …)". */
export interface AnnexReference {
  kind: DocKind | null;
  /** The number as written after "số", up to the next space. */
  number: string | null;
  /** "10/01/2025" as written, if the line gives a date. */
  date: { day: number; month: number; year: number } | null;
}

export function annexReference(line: string): AnnexReference | null {
  const folded = asciiFold(line).trim();
  const m = /^\(?\s*kem theo\s+(.*)$/.exec(folded);
  if (!m) return null;
  const rest = m[1] as string;
  const words = KIND_WORDS.find(([w]) => rest === w || rest.startsWith(`${w} `));
  const offset = folded.length - rest.length;
  const original = line.trim().slice(offset);
  const num = /\bso:?\s*(\S+)/.exec(rest);
  const number = num ? (original.slice(num.index).split(/\s+/)[1] ?? null) : null;
  const d = /\bngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(rest);
  return {
    kind: words ? words[1] : null,
    number: number && /\d/.test(number) ? number : null,
    date: d ? { day: Number(d[1]), month: Number(d[2]), year: Number(d[3]) } : null,
  };
}
