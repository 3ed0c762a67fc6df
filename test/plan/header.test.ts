/** The header: document numbers as printed, and the kind of document the header says it is. */
import { kindLine, kindOfNumber } from '../../shared/plan/doc-kind';
import {
  normalizeDocNumber,
  parseHeader,
  parseNumberLine,
  parsePlaceDate,
} from '../../shared/plan/header';

describe('document numbers', () => {
  it.each([
    ['Số: 46-KH/ĐTN', '46-KH/ĐTN'],
    ['Số: 225 - KH/TWĐTN-CTTN', '225-KH/TWĐTN-CTTN'],
    ['Số: 07 -KH/ĐTN', '07-KH/ĐTN'],
    ['Số: 255 – KH/TĐTN-BTG', '255-KH/TĐTN-BTG'],
    ['Số: 18/KH-UBND', '18/KH-UBND'],
    ['Số: 12-CTr/ĐTN', '12-CTr/ĐTN'],
    ['Số: 73 -KH /TĐTN-VP', '73-KH/TĐTN-VP'],
    ['Số 05/KH-ĐTN', '05/KH-ĐTN'],
    ['SỐ: 301 -QĐ/TĐTN', '301-QĐ/TĐTN'],
    ['Số:05-KH/ĐTN.', '05-KH/ĐTN'],
    ['Số: 46-KH/ĐTN Hà Giang, ngày 05 tháng 01 năm 2015', '46-KH/ĐTN'],
    ['Số 03 KH/HĐ', '03-KH/HĐ'],
  ])('"%s" is %s, as printed without the spaces around its dashes', (line, number) => {
    expect(parseNumberLine(line)).toEqual({ number });
  });

  it.each(['Số:   /KH-ĐTN', 'Số: …/KH-UBND', 'Số:      /KH-UBND', 'Số: ....-KH/ĐTN'])(
    '"%s" is a number left blank in a draft',
    (line) => {
      expect(parseNumberLine(line)).toEqual({ number: null });
    },
  );

  it('is no number line in "Số lượng" or "Số liệu báo cáo"', () => {
    expect(parseNumberLine('Số lượng đoàn viên: 1.200')).toBeNull();
    expect(parseNumberLine('Số liệu báo cáo')).toBeNull();
    expect(normalizeDocNumber(' /KH-ĐTN')).toBeNull();
  });
});

describe('the kind of document', () => {
  it.each([
    ['KẾ HOẠCH', 'plan', 'KẾ HOẠCH', ''],
    ['KẾ HOẠCH LIÊN TỊCH', 'plan', 'KẾ HOẠCH LIÊN TỊCH', ''],
    ['CHƯƠNG TRÌNH CÔNG TÁC', 'programme', 'CHƯƠNG TRÌNH CÔNG TÁC', ''],
    ['CHƯƠNG TRÌNH', 'programme', 'CHƯƠNG TRÌNH', ''],
    ['BÁO CÁO', 'report', 'BÁO CÁO', ''],
    [
      'BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2024',
      'report',
      'BÁO CÁO',
      'KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2024',
    ],
    ['HƯỚNG DẪN', 'guidance', 'HƯỚNG DẪN', ''],
    ['QUYẾT ĐỊNH', 'decision', 'QUYẾT ĐỊNH', ''],
    ['THÔNG BÁO', 'notice', 'THÔNG BÁO', ''],
    ['TỜ TRÌNH', 'submission', 'TỜ TRÌNH', ''],
  ])('reads "%s" as a %s', (line, kind, words, rest) => {
    expect(kindLine(line)).toEqual({ kind, words, rest });
  });

  it('takes no line in mixed case, nor an issuer, for a kind line', () => {
    expect(kindLine('Kế hoạch')).toBeNull();
    expect(kindLine('BAN CHẤP HÀNH ĐOÀN TỈNH NGHỆ AN')).toBeNull();
  });

  it('reads the kind from the number when there is no kind line', () => {
    expect(kindOfNumber('12-BC/TĐTN')).toBe('report');
    expect(kindOfNumber('18/KH-UBND')).toBe('plan');
    expect(kindOfNumber('07-CTr/HĐTN')).toBe('programme');
    expect(kindOfNumber('125/UBND-VX')).toBeNull();
    expect(kindOfNumber(null)).toBeNull();
  });

  it('knows an official letter by its "V/v" line', () => {
    const { kind, info } = parseHeader([
      'BCH ĐOÀN TỈNH CAO BẰNG',
      'Số: 125/TĐTN-VP',
      'V/v báo cáo số liệu thi đua',
      'Kính gửi: Các huyện, Thành Đoàn và Đoàn trực thuộc.',
    ]);
    expect([kind, info.number]).toEqual(['letter', '125/TĐTN-VP']);
  });

  it('splits a one-line kind and title, and takes the year from the title', () => {
    const { info, kind } = parseHeader([
      'HUYỆN ĐOÀN KRÔNG PẮC',
      'Krông Pắc, ngày 28 tháng 12 năm 2022',
      'CHƯƠNG TRÌNH CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2023',
      '-----',
    ]);
    expect([kind, info.kind, info.title, info.year, info.date]).toEqual([
      'programme',
      'CHƯƠNG TRÌNH CÔNG TÁC',
      'ĐOÀN VÀ PHONG TRÀO THANH THIẾU NHI NĂM 2023',
      2023,
      '2022-12-28',
    ]);
  });
});

describe('the rule under the title', () => {
  it.each(['-----oOo-----', '---o0o---', '—— ooo ——', '--------', '***'])(
    '"%s" ends the title',
    (rule) => {
      const { info } = parseHeader([
        'BCH ĐOÀN TRƯỜNG THCS LÊ LỢI',
        'Hà Đông, ngày 15 tháng 9 năm 2024',
        'KẾ HOẠCH THI ĐUA NĂM HỌC 2024-2025',
        rule,
        'Ban Chấp hành Đoàn trường xây dựng kế hoạch thi đua năm học',
      ]);
      expect(info.title).toBe('THI ĐUA NĂM HỌC 2024-2025');
    },
  );
});

describe('a draft', () => {
  it('"(DỰ THẢO)" above the kind line is no part of the issuer', () => {
    const { info } = parseHeader([
      'ĐOÀN TNCS HỒ CHÍ MINH',
      'BCH ĐOÀN THỊ XÃ BUÔN HỒ',
      'Số: ...../KH-TĐTN',
      'Buôn Hồ, ngày    tháng 3 năm 2025',
      '(DỰ THẢO)',
      'KẾ HOẠCH',
      'Triển khai các phong trào thi đua năm 2025',
      '-----',
    ]);
    expect([info.issuer, info.number, info.date, info.title]).toEqual([
      'BCH ĐOÀN THỊ XÃ BUÔN HỒ',
      null,
      null,
      'Triển khai các phong trào thi đua năm 2025',
    ]);
  });
});

describe('the place and date', () => {
  it.each([
    ['Yên Thế, ngày 10/01/2025', 'Yên Thế', '2025-01-10'],
    ['Quận 1, ngày 5.1.2025', 'Quận 1', '2025-01-05'],
    ['Cao Bằng, ngày  7  tháng 4  năm 2014', 'Cao Bằng', '2014-04-07'],
  ])('"%s" is %s, %s', (line, place, date) => {
    expect(parsePlaceDate(line)).toMatchObject({ place, date });
  });
});
