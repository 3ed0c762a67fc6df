/**
 * The text around the task tables: the "Căn cứ" bases and the numbered sections before them;
 * the sections, the recipients ("Nơi nhận") and the signature after them.
 */
import { hasCapitalsRun, startsLower } from '../text/letters';
import { squeeze } from '../text/normalize';
import type { Section, SectionItem, Signature } from './model';
import { isRecipientsHeading, isSignatureLead, sectionHeading } from './table-cues';

/** A paragraph's text and, for text, its line. */
export interface Located {
  text: string;
  line?: number;
}

export function basesAndSections(lines: Located[]): {
  bases: string[];
  sections: Section[];
  lastHeading: { no: string; title: string } | null;
} {
  const bases: string[] = [];
  const sections: Section[] = [];
  let section: Section | null = null;
  let item: SectionItem | null = null;
  let lastHeading: { no: string; title: string } | null = null;
  let inBase = false;
  for (const { text } of lines) {
    const heading = sectionHeading(text);
    if (heading) {
      section = { ...heading, items: [] };
      sections.push(section);
      lastHeading = heading;
      item = null;
      inBase = false;
      continue;
    }
    if (!section && (isBasis(text) || (bases.length === 0 && isOpeningBasis(text)))) {
      bases.push(withoutBasisMark(text));
      inBase = true;
      continue;
    }
    if (!section) {
      // a base wrapped over lines by hand
      if (inBase && startsLower(text) && bases.length > 0) {
        bases[bases.length - 1] += ` ${text}`;
      }
      continue;
    }
    addToSection(
      section,
      text,
      () => item,
      (i) => (item = i),
    );
  }
  return { bases, sections, lastHeading };
}

/** The dash or number a basis is listed with ("- Căn cứ …", "1. Căn cứ …", "a) Căn cứ …"). */
const BASIS_MARK = /^(?:[-–+•]|\d{1,2}\s*[.)]|[a-zđ]\s*\))\s*/u;

function withoutBasisMark(text: string): string {
  return text.replace(BASIS_MARK, '');
}

/**
 * "Căn cứ …" (also as a dashed or numbered item, "- Căn cứ …", "1. Căn cứ …"), or an opening
 * "Thực hiện Kế hoạch số … của …" that names the document the plan carries out: the plan's legal and political bases.
 */
const CARRIES_OUT =
  /^(?:thực\s+hiện|triển\s+khai)\s+(?:kế\s+hoạch|hướng\s+dẫn|chỉ\s+thị|nghị\s+quyết|công\s+văn|quyết\s+định|chương\s+trình|thông\s+tri|thông\s+báo|luật|nghị\s+định)\b/iu;

export function isBasis(text: string): boolean {
  const t = withoutBasisMark(text);
  return /^căn\s+cứ(?=[\s:]|$)/iu.test(t) || (CARRIES_OUT.test(t) && /(?:^|\s)số(?=\s)/iu.test(t));
}

/**
 * The opening sentence that names, without its number, the document the plan carries out and
 * whose it is: "Thực hiện Chương trình công tác Đoàn … năm 2025 của Ban Thường vụ Tỉnh Đoàn, Văn
 * phòng xây dựng kế hoạch … như sau:". (Not a title line: titles say "Thực hiện …" too.)
 */
function isOpeningBasis(text: string): boolean {
  return CARRIES_OUT.test(text) && /\scủa\s/iu.test(text) && /:\s*$/.test(text);
}

function addToSection(
  section: Section,
  text: string,
  current: () => SectionItem | null,
  setCurrent: (i: SectionItem) => void,
): void {
  const numbered = /^(\d{1,2}|[a-zđ])\s*[.)]\s+(.*)$/u.exec(text);
  if (numbered) {
    const it: SectionItem = {
      no: numbered[1] as string,
      title: squeeze(numbered[2] as string).replace(/:\s*$/, ''),
      points: [],
    };
    section.items.push(it);
    setCurrent(it);
    return;
  }
  let it = current();
  if (!it) {
    it = { no: null, title: '', points: [] };
    section.items.push(it);
    setCurrent(it);
  }
  it.points.push(text.replace(/^[-–+•]\s*/, '').trim());
}

export function readClosing(lines: Located[]): {
  sections: Section[];
  recipients: string[];
  signature: Signature | null;
  /** Text after the task section that stands under no heading: it has no place in the plan. */
  unplaced: Located[];
} {
  const unplaced: Located[] = [];
  const sections: Section[] = [];
  const recipients: string[] = [];
  let section: Section | null = null;
  let item: SectionItem | null = null;
  let mode: 'sections' | 'recipients' | 'signature' = 'sections';
  const sig: string[] = [];
  for (const line of lines) {
    const { text } = line;
    if (isRecipientsHeading(text)) {
      mode = 'recipients';
      const rest = text.replace(/^\s*n[ơo]i\s+nh[ậa]n\s*:?\s*/iu, '');
      if (rest) recipients.push(cleanRecipient(rest));
      continue;
    }
    if (
      isSignatureLead(text) ||
      (mode === 'recipients' && !/^[-–+•]/.test(text) && isTitleLine(text))
    ) {
      mode = 'signature';
      sig.push(text);
      continue;
    }
    if (mode === 'signature') {
      sig.push(text);
      continue;
    }
    if (mode === 'recipients') {
      recipients.push(cleanRecipient(text));
      continue;
    }
    const heading = sectionHeading(text);
    if (heading) {
      section = { ...heading, items: [] };
      sections.push(section);
      item = null;
      continue;
    }
    if (section)
      addToSection(
        section,
        text,
        () => item,
        (i) => (item = i),
      );
    else unplaced.push(line);
  }
  return {
    unplaced,
    sections,
    recipients: recipients.filter((r) => r.length > 0),
    signature: readSignature(sig),
  };
}

function isTitleLine(text: string): boolean {
  return text === text.toUpperCase() && hasCapitalsRun(text) && text.length <= 60;
}

function cleanRecipient(text: string): string {
  return squeeze(text.replace(/^[-–+•]\s*/, ''))
    .replace(/[;,.]+$/, '')
    .trim();
}

function readSignature(lines: string[]): Signature | null {
  if (lines.length === 0) return null;
  const sig: Signature = { onBehalfOf: null, title: null, name: null, signed: false };
  const rest: string[] = [];
  for (const line of lines) {
    // "TM. BAN THƯỜNG VỤ" then "KT. BÍ THƯ": the signer acts for both, one line each
    if (isSignatureLead(line) && rest.length === 0)
      sig.onBehalfOf = sig.onBehalfOf === null ? line : `${sig.onBehalfOf}\n${line}`;
    else if (/^\(.*(đã\s+ký|ký|đóng\s+dấu).*\)$/iu.test(line)) sig.signed = true;
    else rest.push(line);
  }
  const titleIdx = rest.findIndex((l) => isTitleLine(l));
  if (titleIdx >= 0) sig.title = rest[titleIdx] as string;
  const names = rest.filter((_, k) => k !== titleIdx && !isTitleLine(rest[k] as string));
  if (names.length > 0) sig.name = names[names.length - 1] as string;
  return sig;
}
