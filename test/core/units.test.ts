import { Directory } from '../../shared/units/directory';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { groupsOfPhrase, Resolver } from '../../shared/units/resolve';
import { readUnitsCsv, unitsToCsv } from '../../shared/units/read-units';
import { foldKey } from '../../shared/text/normalize';

const resolver = new Resolver(new Directory(CAO_BANG_2014), []);

describe('foldKey', () => {
  it('ignores case, NFC/NFD and old or new tone placement', () => {
    expect(foldKey('Phục Hòa')).toBe(foldKey('PHỤC HOÀ'));
    expect(foldKey('Thuý')).toBe(foldKey('Thúy'.normalize('NFD')));
    expect(foldKey('Ban TTN – TH')).toBe(foldKey('ban ttn-th'));
    expect(foldKey('Hòa')).not.toBe(foldKey('Hoa'));
  });
});

describe('Resolver.resolve', () => {
  it('expands the group phrase to the district and directly affiliated unions', () => {
    const r = resolver.resolve('Các huyện, Thành Đoàn và Đoàn trực thuộc');
    expect(r.source).toBe('auto');
    expect(r.units).toHaveLength(19);
    expect(r.targets).toEqual(['Cấp huyện', 'Đoàn trực thuộc']);
    expect(resolver.resolve('các huyện, Thành Đoàn, Đoàn TT').units).toHaveLength(19);
  });

  it('finds a unit by alias whatever the spelling, and by its name followed by more words', () => {
    expect(resolver.resolve('BTV Tỉnh Đoàn').units).toEqual(['BTV']);
    expect(resolver.resolve('btv tỉnh đoàn cao bằng').units).toEqual(['BTV']);
    expect(resolver.resolve('Ban TTN – TH').units).toEqual(['TTNTH']);
    expect(resolver.resolve('Huyện Đoàn Phục Hoà').units).toEqual(['PH']);
    expect(resolver.resolve('Văn phòng Tỉnh Đoàn Cao Bằng').units).toEqual(['VP']);
  });

  it('leaves what it cannot resolve unresolved, for the office to map', () => {
    expect(resolver.resolve('Các đ/c phụ trách công tác TĐKT')).toMatchObject({
      units: [],
      source: 'unresolved',
    });
  });

  it('lets a mapping the office wrote win, with codes and group names, and names unknown targets', () => {
    const mapped = new Resolver(new Directory(CAO_BANG_2014), [
      { phrase: 'Các đ/c phụ trách công tác TĐKT', targets: ['VP', 'Ban, Văn phòng', 'Ban Khác'] },
    ]);
    const r = mapped.resolve('các Đ/C phụ trách công tác TĐKT');
    expect(r.source).toBe('mapping');
    expect(r.units).toEqual(['VP', 'TCKT', 'TG', 'TTNTH']);
    expect(r.unknownTargets).toEqual(['Ban Khác']);
  });
});

describe('groupsOfPhrase', () => {
  it('reads the groups a phrase names', () => {
    expect(groupsOfPhrase('Các ban chuyên môn')).toEqual(['department']);
    expect(groupsOfPhrase('Đoàn trực thuộc')).toEqual(['affiliated']);
    expect(groupsOfPhrase('Huyện Đoàn Bảo Lạc')).toEqual([]);
  });

  it('knows the levels under a school, a city and a commune, and a phrase that names only some', () => {
    expect(
      [
        'Liên chi đoàn các khoa',
        'Chi đoàn các lớp',
        'Các chi đoàn lớp 10, 11, 12',
        'Các Đoàn phường, xã',
        'Các chi đoàn ấp',
        'Các cơ sở Đoàn trực thuộc',
      ].map(groupsOfPhrase),
    ).toEqual([
      ['district'],
      ['district'],
      ['district'],
      ['district'],
      ['district'],
      ['district', 'affiliated'],
    ]);
    expect(
      [
        'Đoàn các xã, phường nơi đến tình nguyện',
        'Các chi đoàn được chọn',
        'Các chi đoàn có đoàn viên dự thi',
      ].map(groupsOfPhrase),
    ).toEqual([[], [], []]);
  });
});

describe('readUnitsCsv', () => {
  it('reads the columns of the units sheet, and writes them back the same', () => {
    const csv = unitsToCsv(CAO_BANG_2014);
    const r = readUnitsCsv(csv, 'don-vi.csv');
    expect(r.ok && r.value).toEqual(CAO_BANG_2014);
  });

  it('names the row and column of a bad group and a duplicate code', () => {
    const r = readUnitsCsv(
      'Mã,Tên đơn vị,Nhóm\nA,Đơn vị A,Cấp xã\nB,Đơn vị B,Cấp huyện\nB,Đơn vị C,Cấp huyện\n',
      'dv.csv',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.at?.cell])).toEqual([
      ['badUnitGroup', 'C2'],
      ['duplicateUnit', 'A4'],
    ]);
  });

  it('says which columns are missing', () => {
    const r = readUnitsCsv('Mã,Tên\nA,B\n', 'dv.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.vi).toMatch(/thiếu cột: "Tên đơn vị", "Nhóm"/);
  });
});
