/**
 * Owner phrases of the plan resolved to units: a mapping the office wrote wins; then a unit's
 * code, name or alias; then group phrases ("Các huyện, Thành Đoàn và Đoàn trực thuộc"); then a
 * unit name followed by more words. Whatever is left is unresolved and listed, never dropped.
 */
import { asciiFold, foldKey } from '../text/normalize';
import type { Mapping } from './model';
import { Directory } from './directory';
import type { UnitGroup } from './model';
import { GROUP_LABELS } from './model';

export interface Resolution {
  phrase: string;
  /** Unit codes, in directory order. */
  units: string[];
  source: 'mapping' | 'auto' | 'unresolved';
  /** What the phrase was resolved to, as the mappings sheet writes it (codes and group names). */
  targets: string[];
  /** Targets of a mapping that name no unit or group. */
  unknownTargets: string[];
}

/**
 * The groups a phrase such as "Các huyện, Thành Đoàn và Đoàn trực thuộc" names. The district
 * group is the level under the office: a district union's communes ("Đoàn các xã, thị trấn",
 * "Các Đoàn phường, xã"), a school union's classes and faculties ("Các chi đoàn", "Liên chi đoàn
 * các khoa"), the grassroots unions ("Các cơ sở Đoàn"). A phrase that names only some of them
 * ("Đoàn các xã, phường nơi đến tình nguyện") names no group: the office maps it.
 */
export function groupsOfPhrase(phrase: string): UnitGroup[] {
  // a group phrase starts with its head: "Phòng Giáo dục các huyện" names no union unit
  const f = asciiFold(phrase)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:tat ca|toan the) /, '');
  if (/\bnoi\b|\bduoc\b|\bco (?!so\b)/.test(f)) return [];
  const districts =
    /^(?:doan |hoi |lien chi doan |chi doan |chi hoi )?(?:cac|cac don vi) (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|co so doan|doan co so|lien chi doan|chi doan|chi hoi|doan xa|doan phuong|doan thi tran|khoa|lop)\b/.test(
      f,
    ) || /^huyen\s*,/.test(f);
  const affiliated = /\bdoan (truc thuoc|tt)\b/.test(f);
  const departments = /^(cac )?ban chuyen mon\b|^cac bcm\b|^cac ban\b(?! thuong vu)/.test(f);
  const out: UnitGroup[] = [];
  if (districts) out.push('district');
  if (affiliated && (districts || /^(cac )?doan (truc thuoc|tt)\b/.test(f))) out.push('affiliated');
  if (departments) out.push('department');
  return out;
}

export class Resolver {
  private readonly mappings = new Map<string, Mapping>();

  constructor(
    readonly directory: Directory,
    mappings: readonly Mapping[],
  ) {
    for (const m of mappings) this.mappings.set(foldKey(m.phrase), m);
  }

  private expand(targets: string[]): { units: Set<string>; unknown: string[] } {
    const units = new Set<string>();
    const unknown: string[] = [];
    for (const t of targets) {
      const group = Directory.groupByName(t);
      if (group) {
        for (const u of this.directory.members(group)) units.add(u.code);
        continue;
      }
      const unit = this.directory.byCodeOrName(t);
      if (unit) units.add(unit.code);
      else unknown.push(t);
    }
    return { units, unknown };
  }

  /** The targets (unit codes, names, group names) that name no unit or group of the directory. */
  unknownTargets(targets: string[]): string[] {
    return this.expand(targets).unknown;
  }

  private ordered(codes: Set<string>): string[] {
    return this.directory.units.filter((u) => codes.has(u.code)).map((u) => u.code);
  }

  /** The resolution of a phrase the office mapped, or undefined when it has no mapping. */
  mapped(phrase: string): Resolution | undefined {
    return this.mappings.has(foldKey(phrase)) ? this.resolve(phrase) : undefined;
  }

  resolve(phrase: string): Resolution {
    const mapping = this.mappings.get(foldKey(phrase));
    if (mapping) {
      const { units, unknown } = this.expand(mapping.targets);
      return {
        phrase,
        units: this.ordered(units),
        source: units.size > 0 ? 'mapping' : 'unresolved',
        targets: mapping.targets,
        unknownTargets: unknown,
      };
    }
    return this.auto(phrase);
  }

  /** The resolution without the office's mappings. */
  auto(phrase: string): Resolution {
    const exact = this.directory.byCodeOrName(phrase);
    if (exact) return this.found(phrase, [exact.code]);
    const groups = groupsOfPhrase(phrase);
    if (groups.length > 0) {
      const codes = new Set(groups.flatMap((g) => this.directory.members(g).map((u) => u.code)));
      if (codes.size > 0) {
        return {
          phrase,
          units: this.ordered(codes),
          source: 'auto',
          targets: groups.map((g) => GROUP_LABELS[g].vi),
          unknownTargets: [],
        };
      }
    }
    const prefixed = this.directory.byPrefix(phrase);
    if (prefixed) return this.found(phrase, [prefixed.code]);
    return { phrase, units: [], source: 'unresolved', targets: [], unknownTargets: [] };
  }

  private found(phrase: string, codes: string[]): Resolution {
    return { phrase, units: codes, source: 'auto', targets: codes, unknownTargets: [] };
  }
}
