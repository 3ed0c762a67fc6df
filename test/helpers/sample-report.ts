/**
 * The report of the sample season, as every host must show it (test/helpers/report-view.ts): the
 * sample plan built as of 30/06/2014, the first ten rows of `Theo dõi` marked done on 15/03/2014
 * (all ten are Thành Đoàn Cao Bằng's: 8 tasks of Quý I, 2 of Quý II). Checked by hand: every
 * Quý I row (deadline 31/03) and Quý II row (30/06) is due, none of Quý III–IV; 8/161 = 5%,
 * 2/123 = 1,6%; the year 10/284 = 3,5% of what is due and 10/410 = 2,4% of all; the city 10 of
 * its 14 due = 71,4%, 71,43 points on the default 100, "Hoàn thành nhiệm vụ" and no commendation
 * (Giấy khen needs "Hoàn thành tốt"); every other district 0 of 14 with its 8 Quý I rows overdue,
 * ranked 2nd together; the departments not ranked.
 */
import type { ShownReport } from './report-view';

export const SAMPLE_REPORT: ShownReport = {
  title: 'Số liệu tính đến ngày 30/06/2014',
  tables: [
    {
      caption: 'Theo kỳ',
      rows: [
        'Kỳ | Số công việc | Được giao | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Tiến độ chung',
        'Quý I/2014 | 10 | 161 | 161 | 8 | 153 | 0 | 5% | 5%',
        'Quý II/2014 | 9 | 123 | 123 | 2 | 0 | 0 | 1,6% | 1,6%',
        'Quý III/2014 | 5 | 63 | 0 | 0 | 0 | 0 | chưa đến hạn | 0%',
        'Quý IV/2014 | 6 | 63 | 0 | 0 | 0 | 0 | chưa đến hạn | 0%',
        'Cả năm | 30 | 410 | 284 | 10 | 153 | 0 | 3,5% | 2,4%',
      ],
    },
    {
      caption: 'Khối huyện, thành phố (khối trưởng: Thành Đoàn Cao Bằng)',
      rows: [
        'Hạng | Đơn vị | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Điểm | Xếp loại | Đề nghị khen thưởng',
        '1 | Thành Đoàn Cao Bằng | 14 | 10 | 0 | 0 | 71,4% | 71,43 | Hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Bảo Lạc | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Bảo Lâm | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Hạ Lang | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Hà Quảng | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Hòa An | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Nguyên Bình | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Phục Hòa | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Quảng Uyên | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Thạch An | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Thông Nông | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Trà Lĩnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '2 | Huyện Đoàn Trùng Khánh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
      ],
    },
    {
      caption: 'Khối Đoàn trực thuộc (khối trưởng: Đoàn Khối các cơ quan tỉnh)',
      rows: [
        'Hạng | Đơn vị | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Điểm | Xếp loại | Đề nghị khen thưởng',
        '1 | Đoàn Khối các cơ quan tỉnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '1 | Đoàn Khối doanh nghiệp tỉnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
      ],
    },
    {
      caption: 'Khối lực lượng vũ trang (khối trưởng: Đoàn Công an tỉnh)',
      rows: [
        'Hạng | Đơn vị | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Điểm | Xếp loại | Đề nghị khen thưởng',
        '1 | Đoàn Bộ đội Biên phòng tỉnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '1 | Đoàn Công an tỉnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
        '1 | Đoàn Quân sự tỉnh | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
      ],
    },
    {
      caption: 'Khối trường học (khối trưởng: Đoàn trường Cao đẳng Sư phạm)',
      rows: [
        'Hạng | Đơn vị | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Điểm | Xếp loại | Đề nghị khen thưởng',
        '1 | Đoàn trường Cao đẳng Sư phạm | 14 | 0 | 8 | 0 | 0% | 0,00 | Không hoàn thành nhiệm vụ | ',
      ],
    },
    {
      caption: 'Không xếp hạng (không thuộc khối thi đua)',
      rows: [
        'Đơn vị | Được giao | Đến hạn | Hoàn thành (đến hạn) | Quá hạn | Trễ hạn | Tỉ lệ | Tiến độ chung',
        'Ban Thường vụ Tỉnh Đoàn | 28 | 18 | 0 | 9 | 0 | 0% | 0%',
        'Văn phòng Tỉnh Đoàn | 1 | 0 | 0 | 0 | 0 | chưa đến hạn | 0%',
        'Ban Thanh thiếu nhi trường học | 1 | 0 | 0 | 0 | 0 | chưa đến hạn | 0%',
      ],
    },
  ],
  charts: [
    {
      caption: 'Tỉ lệ hoàn thành theo kỳ',
      role: 'img',
      name: 'Tỉ lệ hoàn thành theo kỳ | Biểu đồ cột: Quý I/2014 5%; Quý II/2014 1,6%; Quý III/2014 chưa đến hạn; Quý IV/2014 chưa đến hạn.',
      bars: [
        'Quý I/2014 | 5% | 11.7',
        'Quý II/2014 | 1,6% | 3.8',
        'Quý III/2014 | chưa đến hạn | 0',
        'Quý IV/2014 | chưa đến hạn | 0',
      ],
    },
    {
      caption: 'Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố',
      role: 'img',
      name: 'Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố | Biểu đồ cột: Thành Đoàn Cao Bằng 71,4%; Huyện Đoàn Bảo Lạc 0%; Huyện Đoàn Bảo Lâm 0%; Huyện Đoàn Hạ Lang 0%; Huyện Đoàn Hà Quảng 0%; Huyện Đoàn Hòa An 0%; Huyện Đoàn Nguyên Bình 0%; Huyện Đoàn Phục Hòa 0%; Huyện Đoàn Quảng Uyên 0%; Huyện Đoàn Thạch An 0%; Huyện Đoàn Thông Nông 0%; Huyện Đoàn Trà Lĩnh 0%; Huyện Đoàn Trùng Khánh 0%.',
      bars: [
        'Thành Đoàn Cao Bằng | 71,4% | 168.6',
        'Huyện Đoàn Bảo Lạc | 0% | 0',
        'Huyện Đoàn Bảo Lâm | 0% | 0',
        'Huyện Đoàn Hạ Lang | 0% | 0',
        'Huyện Đoàn Hà Quảng | 0% | 0',
        'Huyện Đoàn Hòa An | 0% | 0',
        'Huyện Đoàn Nguyên Bình | 0% | 0',
        'Huyện Đoàn Phục Hòa | 0% | 0',
        'Huyện Đoàn Quảng Uyên | 0% | 0',
        'Huyện Đoàn Thạch An | 0% | 0',
        'Huyện Đoàn Thông Nông | 0% | 0',
        'Huyện Đoàn Trà Lĩnh | 0% | 0',
        'Huyện Đoàn Trùng Khánh | 0% | 0',
      ],
    },
    {
      caption: 'Tỉ lệ hoàn thành việc đến hạn – Khối Đoàn trực thuộc',
      role: 'img',
      name: 'Tỉ lệ hoàn thành việc đến hạn – Khối Đoàn trực thuộc | Biểu đồ cột: Đoàn Khối các cơ quan tỉnh 0%; Đoàn Khối doanh nghiệp tỉnh 0%.',
      bars: ['Đoàn Khối các cơ quan tỉnh | 0% | 0', 'Đoàn Khối doanh nghiệp tỉnh | 0% | 0'],
    },
    {
      caption: 'Tỉ lệ hoàn thành việc đến hạn – Khối lực lượng vũ trang',
      role: 'img',
      name: 'Tỉ lệ hoàn thành việc đến hạn – Khối lực lượng vũ trang | Biểu đồ cột: Đoàn Bộ đội Biên phòng tỉnh 0%; Đoàn Công an tỉnh 0%; Đoàn Quân sự tỉnh 0%.',
      bars: [
        'Đoàn Bộ đội Biên phòng tỉnh | 0% | 0',
        'Đoàn Công an tỉnh | 0% | 0',
        'Đoàn Quân sự tỉnh | 0% | 0',
      ],
    },
    {
      caption: 'Tỉ lệ hoàn thành việc đến hạn – Khối trường học',
      role: 'img',
      name: 'Tỉ lệ hoàn thành việc đến hạn – Khối trường học | Biểu đồ cột: Đoàn trường Cao đẳng Sư phạm 0%.',
      bars: ['Đoàn trường Cao đẳng Sư phạm | 0% | 0'],
    },
  ],
};
