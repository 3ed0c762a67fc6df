/** Owner cells split into parties: the most frequent source of wrong units. */
import { refineParties, splitParties } from '../../shared/plan/parties';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { unitVocabulary } from '../../shared/units/vocabulary';

const split = (...paragraphs: string[]) => splitParties(paragraphs);

describe('splitParties', () => {
  it.each([
    ['Phòng Giáo dục và Đào tạo huyện', ['Phòng Giáo dục và Đào tạo huyện']],
    ['Phòng Lao động – Thương binh và Xã hội', ['Phòng Lao động – Thương binh và Xã hội']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    [
      'Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn',
      ['Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn'],
    ],
    ['Ban Tổ chức, Kiểm tra', ['Ban Tổ chức, Kiểm tra']],
    ['Ban Tổ chức - Kiểm tra', ['Ban Tổ chức - Kiểm tra']],
    ['Các liên chi đoàn, chi đoàn trực thuộc', ['Các liên chi đoàn, chi đoàn trực thuộc']],
    ['Đoàn các xã, thị trấn và Đoàn trực thuộc', ['Đoàn các xã, thị trấn và Đoàn trực thuộc']],
    ['Các huyện, Thành Đoàn và Đoàn trực thuộc', ['Các huyện, Thành Đoàn và Đoàn trực thuộc']],
    ['Các huyện, thị, thành Đoàn', ['Các huyện, thị, thành Đoàn']],
    ['Các cơ sở Đoàn', ['Các cơ sở Đoàn']],
    ['Ban Tuyên giáo chủ trì', ['Ban Tuyên giáo']],
    ['Ban Tuyên giáo chủ trì; Văn phòng thực hiện', ['Ban Tuyên giáo', 'Văn phòng']],
    [
      'Đồng chí Phó Bí thư phụ trách và cán bộ Văn phòng',
      ['Đồng chí Phó Bí thư phụ trách', 'cán bộ Văn phòng'],
    ],
    [
      'UBND huyện, Phòng Giáo dục và Đào tạo, Huyện Đoàn',
      ['UBND huyện', 'Phòng Giáo dục và Đào tạo', 'Huyện Đoàn'],
    ],
    [
      'BTV Tỉnh Đoàn, các huyện, Thành Đoàn và Đoàn trực thuộc.',
      ['BTV Tỉnh Đoàn', 'các huyện, Thành Đoàn và Đoàn trực thuộc'],
    ],
    ['Thường trực Huyện Đoàn và các chi đoàn', ['Thường trực Huyện Đoàn', 'các chi đoàn']],
    ['Trường THCS, THPT trên địa bàn', ['Trường THCS, THPT trên địa bàn']],
    ['Phòng Tổng hợp', ['Phòng Tổng hợp']],
    ['Ban Công tác thiếu nhi và Trường học', ['Ban Công tác thiếu nhi và Trường học']],
    ['Tổ chức hội thi cấp huyện', ['Tổ chức hội thi cấp huyện']],
    ['Chi đoàn khu dân cư số 1, số 2 và số 5', ['Chi đoàn khu dân cư số 1, số 2 và số 5']],
    ['Sở Y tế, Sở Nội vụ', ['Sở Y tế', 'Sở Nội vụ']],
    [
      'BTV Thành Đoàn chỉ đạo; Văn phòng Thành Đoàn tham mưu',
      ['BTV Thành Đoàn', 'Văn phòng Thành Đoàn'],
    ],
    ['Hội đồng Đội huyện và Nhà Thiếu nhi huyện', ['Hội đồng Đội huyện', 'Nhà Thiếu nhi huyện']],
    ['Ban Chỉ đạo 35 huyện', ['Ban Chỉ đạo 35 huyện']],
    ['Đoàn Phường 1, Phường 3 và Quận 1', ['Đoàn Phường 1', 'Phường 3', 'Quận 1']],
  ])('reads "%s" as %j', (cell, owners) => {
    expect(split(cell)).toEqual({ owners, support: [] });
  });

  it('puts "phối hợp" parties in support, whichever way it is written', () => {
    expect(split('Ban Tuyên giáo chủ trì, Văn phòng phối hợp')).toEqual({
      owners: ['Ban Tuyên giáo'],
      support: ['Văn phòng'],
    });
    expect(split('Văn phòng chủ trì, phối hợp với các ban chuyên môn')).toEqual({
      owners: ['Văn phòng'],
      support: ['các ban chuyên môn'],
    });
    expect(split('Chủ trì: Văn phòng', 'Phối hợp: Ban Tuyên giáo, Ban Tổ chức')).toEqual({
      owners: ['Văn phòng'],
      support: ['Ban Tuyên giáo', 'Ban Tổ chức'],
    });
    expect(split('Văn phòng (chủ trì); Ban Phong trào (phối hợp)')).toEqual({
      owners: ['Văn phòng'],
      support: ['Ban Phong trào'],
    });
    expect(split('Văn phòng Tỉnh Đoàn Cao Bằng (phối hợp với Ban TTN – TH tham mưu).')).toEqual({
      owners: ['Văn phòng Tỉnh Đoàn Cao Bằng'],
      support: ['Ban TTN – TH'],
    });
  });

  it('splits at line breaks, semicolons and leading dashes, "- A. - B." on one line too', () => {
    expect(split('- BTV Tỉnh Đoàn;', '- Ban Tổ chức - Kiểm tra, Văn phòng.')).toEqual({
      owners: ['BTV Tỉnh Đoàn', 'Ban Tổ chức - Kiểm tra', 'Văn phòng'],
      support: [],
    });
    expect(split('- BTV Tỉnh Đoàn. - Các huyện, Thành Đoàn và Đoàn trực thuộc.').owners).toEqual([
      'BTV Tỉnh Đoàn',
      'Các huyện, Thành Đoàn và Đoàn trực thuộc',
    ]);
  });
});

describe('an office’s own names', () => {
  const vocabulary = unitVocabulary(
    [
      ...CAO_BANG_2014,
      {
        code: 'BDV',
        name: 'Ban Dân vận và Mặt trận',
        group: 'department',
        emails: [],
        aliases: [],
      },
    ],
    [],
  );

  it('keep whole a name whose second part looks like a party', () => {
    expect(split('Ban Dân vận và Mặt trận').owners).toEqual(['Ban Dân vận', 'Mặt trận']);
    expect(splitParties(['Ban Dân vận và Mặt trận'], vocabulary).owners).toEqual([
      'Ban Dân vận và Mặt trận',
    ]);
  });

  it('split a list of units named without a party word', () => {
    expect(split('Bảo Lạc, Hà Quảng và Trùng Khánh').owners).toEqual([
      'Bảo Lạc, Hà Quảng và Trùng Khánh',
    ]);
    expect(splitParties(['Bảo Lạc, Hà Quảng và Trùng Khánh'], vocabulary).owners).toEqual([
      'Bảo Lạc',
      'Hà Quảng',
      'Trùng Khánh',
    ]);
  });

  it('read again the parties of a plan read without them', () => {
    expect(refineParties(['Ban Dân vận', 'Mặt trận', 'Văn phòng'], vocabulary)).toEqual([
      'Ban Dân vận và Mặt trận',
      'Văn phòng',
    ]);
    expect(refineParties(['Bảo Lạc, Hà Quảng và Trùng Khánh'], vocabulary)).toEqual([
      'Bảo Lạc',
      'Hà Quảng',
      'Trùng Khánh',
    ]);
    expect(
      refineParties(['BTV Tỉnh Đoàn', 'các huyện, Thành Đoàn và Đoàn trực thuộc'], vocabulary),
    ).toEqual(['BTV Tỉnh Đoàn', 'các huyện, Thành Đoàn và Đoàn trực thuộc']);
  });
});
