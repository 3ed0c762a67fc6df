/**
 * The "Chỉ đạo, thực hiện" cell split into parties: one per line or dash, "A, B và C" where that
 * is a list, while group phrases ("Các huyện, Thành Đoàn và Đoàn trực thuộc") and names with a
 * comma ("Hội đồng Thi đua, Khen thưởng") stay whole. Co-operating parties ("phối hợp với …") go
 * to `support`.
 */
import { startsUpper } from '../text/letters';
import { asciiFold, squeeze } from '../text/normalize';

export interface Parties {
  owners: string[];
  support: string[];
}

const COMMA = '\u0001';
const AND = '\u0002';

/** Phrases whose commas and "và" do not separate parties. */
const PROTECTED: RegExp[] = [
  /thi\s+đua\s*,\s*khen\s+thưởng/giu,
  /(?:các\s+)?(?:đơn\s+vị\s+)?huyện(?:\s*,\s*thị)?\s*(?:,|và)\s*(?:thành|thị)\s+đoàn\s*(?:,|và)\s*(?:các\s+)?đoàn\s+(?:trực\s+thuộc|tt)(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/gi,
  /\([^()]*\)/gu,
];

/** Words a party's name may start with when written in lower case inside a sentence. */
const LOWER_STARTS = [
  'cac',
  'ban',
  'van phong',
  'doan',
  'hoi',
  'huyen',
  'thanh doan',
  'co quan',
  'btv',
  'bch',
  'uy ban',
  'ubnd',
  'so',
  'phong',
  'trung tam',
  'truong',
  'chi doan',
  'lien doi',
  'tinh doan',
  'd/c',
  'dong chi',
  'thuong truc',
];

const TRAILING_VERBS =
  /\s+(?:tham\s+mưu|thực\s+hiện|triển\s+khai|cùng\s+thực\s+hiện|tổ\s+chức|theo\s+dõi)\s*$/iu;

function cleanParty(s: string): string {
  return squeeze(s)
    .replace(/^[-–—+•*]\s*/, '')
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

function looksLikeParty(piece: string): boolean {
  const first = piece.trim();
  if (!first) return false;
  if (startsUpper(first) || /^\d/.test(first)) return true;
  const folded = asciiFold(first);
  return LOWER_STARTS.some((w) => folded === w || folded.startsWith(`${w} `));
}

function protect(text: string): string {
  let out = text;
  for (const re of PROTECTED) {
    out = out.replace(re, (m) => m.replace(/,/g, COMMA).replace(/\svà\s/giu, ` ${AND} `));
  }
  return out;
}

function restore(text: string): string {
  return text
    .replace(new RegExp(COMMA, 'g'), ',')
    .replace(new RegExp(`\\s?${AND}\\s?`, 'g'), ' và ');
}

/** "A, B và C" → [A, B, C] when every piece names a party; otherwise the text as one party. */
export function splitList(text: string): string[] {
  const whole = cleanParty(text);
  if (!whole) return [];
  const guarded = protect(whole);
  const pieces = guarded
    .split(/\s*[,;]\s*|\s+và\s+/u)
    .map((p) => cleanParty(restore(p)))
    .filter((p) => p.length > 0);
  if (pieces.length > 1 && pieces.every(looksLikeParty)) return pieces;
  return [whole];
}

const SUPPORT_PAREN = /\(\s*(?:có\s+sự\s+)?phối\s+hợp(?:\s+(?:với|của))?\s*:?\s*([^()]*)\)/iu;
const SUPPORT_INLINE = /[,;]?\s*(?:và\s+)?phối\s+hợp(?:\s+(?:với|của))?\s*:?\s*(.+)$/iu;
const LEAD_LABEL = /^\s*(?:đơn\s+vị\s+)?chủ\s+trì\s*:\s*/iu;
const SUPPORT_LABEL = /^\s*(?:đơn\s+vị\s+)?phối\s+hợp\s*:\s*/iu;

function supportList(text: string): string[] {
  return splitList(text.replace(TRAILING_VERBS, ''));
}

/** Splits one cell (its paragraphs) into owners and co-operating parties. */
export function splitParties(paragraphs: readonly string[]): Parties {
  const owners: string[] = [];
  const support: string[] = [];
  const items = paragraphs
    .flatMap((p) => p.split(/\n/))
    // "- A. - B." typed on one line
    .flatMap((p) => p.replace(/([.;])\s+(?=[-–+•]\s)/g, '$1\n').split('\n'))
    .map((p) => squeeze(p))
    .filter((p) => cleanParty(p).length > 0);

  let target: 'owners' | 'support' = 'owners';
  for (const item of items) {
    let text = item;
    if (SUPPORT_LABEL.test(text)) {
      target = 'support';
      text = text.replace(SUPPORT_LABEL, '');
    } else if (LEAD_LABEL.test(text)) {
      target = 'owners';
      text = text.replace(LEAD_LABEL, '');
    }
    if (target === 'support') {
      support.push(...supportList(text));
      continue;
    }
    const paren = SUPPORT_PAREN.exec(text);
    if (paren) {
      support.push(...supportList(paren[1] ?? ''));
      text = text.replace(SUPPORT_PAREN, ' ');
    } else {
      const inline = SUPPORT_INLINE.exec(text);
      if (inline && inline.index > 0) {
        support.push(...supportList(inline[1] ?? ''));
        text = text.slice(0, inline.index);
      }
    }
    owners.push(...splitList(text));
  }
  return { owners, support };
}
