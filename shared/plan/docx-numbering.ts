/**
 * Word's automatic numbering, as Word prints it. A task number in the "Stt" column, or a sub-item
 * "a)" in a content cell, is often not in the text at all: the paragraph carries a list reference
 * (w:numPr, or a style that has one) and Word draws the number. mammoth makes such paragraphs
 * <li> without their numbers, so the numbers are worked out here from the OOXML itself and written
 * into the paragraphs before mammoth reads them (see docx-prepare.ts).
 *
 * The rules (ECMA-376 §17.9, as Word applies them; other renderers that match Word do the same):
 * - a paragraph's list is its w:numPr (numId, ilvl), else its style's (followed through basedOn);
 *   numId 0 means "no list";
 * - the running count belongs to the abstract definition a numId points to (through a numbering
 *   style when the abstract definition only links to one): two numIds over the same abstract
 *   definition continue one sequence, which is how a list goes on across tables;
 * - the first paragraph of a numId at a level whose w:lvlOverride gives a start (w:startOverride,
 *   or a whole w:lvl) restarts the count there: that is how Word writes "Restart at 1";
 * - using a level restarts the deeper levels (unless w:lvlRestart says otherwise);
 * - the printed text is w:lvlText with "%1"…"%9" replaced by each level's count in its w:numFmt
 *   (decimal, decimalZero, upper/lowerRoman, upper/lowerLetter, or all decimal with w:isLgl).
 * A bullet prints as the mark a reader of the page sees: "-", "–", "+" or "*" as Word draws them,
 * any other (a Symbol or Wingdings glyph, "o", "●") as "•"; so a content cell's sub-items keep
 * their dashes as in a typed plan, and an owners cell drops them as it drops typed ones.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The prefix a part binds to the WordprocessingML namespace ("w" in every real document). */
export function wordPrefix(xml: string): string {
  const head = xml.slice(0, 8192);
  const m = new RegExp(
    `xmlns:([A-Za-z_][\\w.-]*)="${WORD_NAMESPACE.replace(/[./]/g, '\\$&')}"`,
  ).exec(head);
  return m?.[1] ?? 'w';
}

interface Level {
  start: number;
  format: string;
  /** w:numFmt's w:format, for "custom" formats such as "001, 002, 003". */
  custom: string | null;
  text: string | null;
  legal: boolean;
  /** w:lvlRestart: restart after a use of a level above this 1-based one (0: never). */
  restart: number | null;
  suffix: 'tab' | 'space' | 'nothing';
  /** The paragraph style this level belongs to (w:pStyle). */
  style: string | null;
}

interface Abstract {
  levels: Map<number, Level>;
  /** w:numStyleLink: the numbering style whose list this definition stands for. */
  styleLink: string | null;
}

interface Num {
  abstract: string;
  /** Per level: the start given by w:startOverride or an overriding w:lvl, and that w:lvl. */
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

interface StyleInfo {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Abstract>;
  nums: Map<string, Num>;
  styles: Map<string, StyleInfo>;
  defaultStyle: string | null;
}

function int(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

/** Reads numbering.xml (and styles.xml, for lists given by paragraph styles). */
export function readNumbering(
  numberingXml: string,
  stylesXml: string | null,
): NumberingDefinitions {
  const w = `${wordPrefix(numberingXml)}:`;
  const root = parseDocument(numberingXml, { xmlMode: true });
  const child = (el: Element, name: string): Element | undefined =>
    el.children.find((c): c is Element => DomUtils.isTag(c) && c.name === `${w}${name}`);
  const val = (el: Element | undefined): string | undefined =>
    el ? DomUtils.getAttributeValue(el, `${w}val`) : undefined;

  const readLevel = (el: Element): Level => {
    const numFmt = child(el, 'numFmt');
    const suffix = val(child(el, 'suff'));
    return {
      start: int(val(child(el, 'start'))) ?? 0,
      format: val(numFmt) ?? 'decimal',
      custom: (numFmt && DomUtils.getAttributeValue(numFmt, `${w}format`)) ?? null,
      text: val(child(el, 'lvlText')) ?? null,
      legal: child(el, 'isLgl') !== undefined && val(child(el, 'isLgl')) !== '0',
      restart: int(val(child(el, 'lvlRestart'))),
      suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
      style: val(child(el, 'pStyle')) ?? null,
    };
  };

  const abstracts = new Map<string, Abstract>();
  for (const el of DomUtils.getElementsByTagName(`${w}abstractNum`, root.children, true)) {
    const id = DomUtils.getAttributeValue(el, `${w}abstractNumId`);
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of el.children) {
      if (!DomUtils.isTag(lvl) || lvl.name !== `${w}lvl`) continue;
      levels.set(int(DomUtils.getAttributeValue(lvl, `${w}ilvl`)) ?? 0, readLevel(lvl));
    }
    abstracts.set(id, { levels, styleLink: val(child(el, 'numStyleLink')) ?? null });
  }

  const nums = new Map<string, Num>();
  for (const el of DomUtils.getElementsByTagName(`${w}num`, root.children, true)) {
    const id = DomUtils.getAttributeValue(el, `${w}numId`);
    const abstract = val(child(el, 'abstractNumId'));
    if (id === undefined || abstract === undefined) continue;
    const overrides: Num['overrides'] = new Map();
    for (const o of el.children) {
      if (!DomUtils.isTag(o) || o.name !== `${w}lvlOverride`) continue;
      const ilvl = int(DomUtils.getAttributeValue(o, `${w}ilvl`)) ?? 0;
      const lvl = child(o, 'lvl');
      const level = lvl ? readLevel(lvl) : null;
      const start = int(val(child(o, 'startOverride'))) ?? (level ? level.start : null);
      overrides.set(ilvl, { start, level });
    }
    nums.set(id, { abstract, overrides });
  }

  const styles = new Map<string, StyleInfo>();
  let defaultStyle: string | null = null;
  if (stylesXml) {
    const s = `${wordPrefix(stylesXml)}:`;
    const sroot = parseDocument(stylesXml, { xmlMode: true });
    const find = (el: Element | undefined, ...path: string[]): Element | undefined => {
      let at = el;
      for (const name of path) {
        at = at?.children.find((c): c is Element => DomUtils.isTag(c) && c.name === `${s}${name}`);
      }
      return at;
    };
    const sval = (el: Element | undefined): string | undefined =>
      el ? DomUtils.getAttributeValue(el, `${s}val`) : undefined;
    for (const el of DomUtils.getElementsByTagName(`${s}style`, sroot.children, true)) {
      const id = DomUtils.getAttributeValue(el, `${s}styleId`);
      if (id === undefined) continue;
      const type = DomUtils.getAttributeValue(el, `${s}type`);
      const numPr = find(el, 'pPr', 'numPr');
      styles.set(id, {
        basedOn: sval(find(el, 'basedOn')) ?? null,
        numId: sval(find(numPr, 'numId')) ?? null,
        ilvl: int(sval(find(numPr, 'ilvl'))),
      });
      const isDefault = DomUtils.getAttributeValue(el, `${s}default`);
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultStyle = id;
    }
  }
  return { abstracts, nums, styles, defaultStyle };
}

// ---------------------------------------------------------------------------------------------
// Counting

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not a base-26 number). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A count as a level's number format prints it; null for a bullet or no number. */
function formatCount(n: number, level: Level, legal: boolean): string | null {
  if (legal) return String(n);
  switch (level.format) {
    case 'bullet':
      return null;
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'custom': {
      // "001, 002, 003": numbers padded to the width of the first example
      const width = /^\s*(\d+)/.exec(level.custom ?? '')?.[1]?.length ?? 1;
      return String(n).padStart(width, '0');
    }
    default:
      // decimal, and the formats Vietnamese plans do not use (ordinal, cardinalText, …)
      return String(n);
  }
}

/** The list a paragraph belongs to, after its style is taken into account. */
export interface ListRef {
  numId: string | null;
  ilvl: number | null;
  style: string | null;
}

/**
 * Numbers the paragraphs of one document in order: call `marker` for each paragraph as it comes,
 * and it answers the text Word prints before it ("7.", "b)", "II."), or null.
 */
export class ListCounter {
  private readonly defs: NumberingDefinitions;
  /** Counts per abstract definition, by level. */
  private readonly counts = new Map<string, (number | undefined)[]>();
  /** "numId:level" pairs already used, for the restarts of w:lvlOverride. */
  private readonly started = new Set<string>();

  constructor(defs: NumberingDefinitions) {
    this.defs = defs;
  }

  marker(ref: ListRef): { text: string; suffix: Level['suffix'] } | null {
    const resolved = this.resolve(ref);
    if (!resolved) return null;
    const { numId, ilvl, abstractId, levelOf } = resolved;
    const num = this.defs.nums.get(numId) as Num;
    const level = levelOf(ilvl);
    if (!level) return null;

    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    const key = `${numId}:${ilvl}`;
    const override = num.overrides.get(ilvl);
    if (!this.started.has(key) && override?.start !== null && override?.start !== undefined) {
      counts[ilvl] = override.start;
    } else {
      const current = counts[ilvl];
      counts[ilvl] = current === undefined ? level.start : current + 1;
    }
    this.started.add(key);
    for (let deeper = ilvl + 1; deeper < 10; deeper++) {
      const restart = levelOf(deeper)?.restart ?? null;
      if (restart === null || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }

    if (level.format === 'bullet') {
      const mark = (level.text ?? '').trim();
      return { text: /^[-–+*•]$/.test(mark) ? mark : '•', suffix: level.suffix };
    }
    if (level.text === null) return null;
    let missing = false;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const other = levelOf(at);
      if (!other) return '';
      const formatted = formatCount(counts[at] ?? other.start, other, level.legal && at < ilvl);
      if (formatted === null) missing = true;
      return formatted ?? '';
    });
    if (missing || text.trim() === '') return null;
    return { text, suffix: level.suffix };
  }

  /** The numId, level and abstract definition a paragraph's list reference comes to. */
  private resolve(ref: ListRef): {
    numId: string;
    ilvl: number;
    abstractId: string;
    levelOf: (ilvl: number) => Level | undefined;
  } | null {
    let numId = ref.numId;
    let ilvl = ref.ilvl;
    // the style's list, through basedOn, where the paragraph does not name one
    const seen = new Set<string>();
    for (let style = ref.style ?? this.defs.defaultStyle; style && !seen.has(style);) {
      seen.add(style);
      const info = this.defs.styles.get(style);
      if (!info) break;
      numId ??= info.numId;
      ilvl ??= info.ilvl;
      style = info.basedOn;
    }
    if (numId === null || numId === '0') return null;
    const num = this.defs.nums.get(numId);
    if (!num) return null;

    // follow w:numStyleLink to the definition that holds the levels
    let abstractId = num.abstract;
    let abstract = this.defs.abstracts.get(abstractId);
    for (let hops = 0; abstract?.styleLink && hops < 5; hops++) {
      const linked = this.defs.styles.get(abstract.styleLink)?.numId;
      const target = linked ? this.defs.nums.get(linked) : undefined;
      if (!target) break;
      abstractId = target.abstract;
      abstract = this.defs.abstracts.get(abstractId);
    }
    if (!abstract) return null;
    const levels = abstract.levels;
    if (ilvl === null) {
      // a style that names the list but not the level: the level that names the style
      const style = ref.style;
      ilvl = [...levels.entries()].find(([, l]) => style !== null && l.style === style)?.[0] ?? 0;
    }
    const levelOf = (at: number): Level | undefined =>
      num.overrides.get(at)?.level ?? levels.get(at);
    return { numId, ilvl, abstractId, levelOf };
  }
}
