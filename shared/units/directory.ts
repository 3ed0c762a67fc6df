/**
 * Looking units up by code, name or alias, whatever the case, NFC/NFD or tone placement, and
 * expanding group names ("Cấp huyện") to their members.
 */
import { foldKey } from '../text/normalize';
import type { Unit, UnitGroup } from './model';
import { GROUP_LABELS } from './model';

export class Directory {
  readonly units: readonly Unit[];
  private readonly byName = new Map<string, Unit>();
  private readonly byAlias = new Map<string, Unit>();
  private readonly byCode = new Map<string, Unit>();
  /** Aliases longest first, for "BTV Tỉnh Đoàn Cao Bằng" → "BTV Tỉnh Đoàn". */
  private readonly prefixes: { key: string; unit: Unit }[] = [];

  constructor(units: readonly Unit[]) {
    this.units = units;
    for (const u of units) {
      this.byCode.set(foldKey(u.code), u);
      this.byName.set(foldKey(u.name), u);
      for (const name of [u.name, ...u.aliases]) {
        const key = foldKey(name);
        if (!this.byAlias.has(key)) this.byAlias.set(key, u);
        if (key.includes(' ')) this.prefixes.push({ key, unit: u });
      }
    }
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
  }

  /** A unit's own code or name comes before another unit's alias that happens to read the same. */
  byCodeOrName(text: string): Unit | undefined {
    const key = foldKey(text);
    return this.byCode.get(key) ?? this.byName.get(key) ?? this.byAlias.get(key);
  }

  /** A unit whose name or alias begins the text: "Văn phòng Tỉnh Đoàn Cao Bằng". */
  byPrefix(text: string): Unit | undefined {
    const key = foldKey(text);
    return this.prefixes.find((p) => key.startsWith(`${p.key} `))?.unit;
  }

  members(group: UnitGroup): Unit[] {
    return this.units.filter((u) => u.group === group);
  }

  /** "Cấp huyện", "District level", "district" → the group. */
  static groupByName(text: string): UnitGroup | null {
    const key = foldKey(text);
    for (const [g, labels] of Object.entries(GROUP_LABELS) as [
      UnitGroup,
      { vi: string; en: string },
    ][]) {
      if (key === foldKey(labels.vi) || key === foldKey(labels.en) || key === g) return g;
    }
    return null;
  }
}
