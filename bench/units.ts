/** A directory of any size, for benchmarks: district units, directly affiliated unions, the committee. */
import type { Unit } from '../shared/units/model';

export function generateUnits(count: number): Unit[] {
  const units: Unit[] = [];
  for (let i = 1; i < count; i++) {
    const district = i <= Math.floor(count * 0.8);
    units.push({
      code: `${district ? 'H' : 'T'}${String(i).padStart(2, '0')}`,
      name: district ? `Huyện Đoàn số ${i}` : `Đoàn trực thuộc số ${i}`,
      group: district ? 'district' : 'affiliated',
      emails: [`donvi${i}@example.org`],
      aliases: [],
    });
  }
  units.push({
    code: 'BTV',
    name: 'Ban Thường vụ Tỉnh Đoàn',
    group: 'standing',
    emails: [],
    aliases: ['BTV Tỉnh Đoàn'],
  });
  return units;
}
