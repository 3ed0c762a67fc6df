/**
 * The report of the sample season, as both hosts must show it (test/helpers/report-view.ts):
 * the sample plan built as of 30/06/2014, the first ten rows of `Theo dõi` marked done on
 * 15/03/2014 (all ten are Thành Đoàn Cao Bằng's: 8 tasks of Quý I, 2 of Quý II). Recorded once
 * from the pane and checked by hand: 10/410 = 2,4%; 8/161 = 5%; 2/123 = 1,6%; 10/20 = 50%,
 * a bar of 118 of 236; 4,97% of 236 = 11.7.
 */
import type { ShownReport } from './report-view';

export const SAMPLE_REPORT: ShownReport = {
  title: 'Số liệu tính đến ngày 30/06/2014',
  tables: [
    {
      caption: 'Theo kỳ',
      rows: [
        'Kỳ | Số công việc | Được giao | Hoàn thành | Quá hạn | Trễ hạn | Tỉ lệ',
        'Quý I/2014 | 10 | 161 | 8 | 153 | 0 | 5%',
        'Quý II/2014 | 9 | 123 | 2 | 0 | 0 | 1,6%',
        'Quý III/2014 | 5 | 63 | 0 | 0 | 0 | 0%',
        'Quý IV/2014 | 6 | 63 | 0 | 0 | 0 | 0%',
        'Cả năm | 30 | 410 | 10 | 153 | 0 | 2,4%',
      ],
    },
    {
      caption: 'Theo đơn vị',
      rows: [
        'Hạng | Đơn vị | Được giao | Hoàn thành | Quá hạn | Trễ hạn | Tỉ lệ | Xếp loại',
        '1 | Thành Đoàn Cao Bằng | 20 | 10 | 0 | 0 | 50% | Hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Bảo Lạc | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Bảo Lâm | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Hà Quảng | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Thông Nông | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Trà Lĩnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Trùng Khánh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Hạ Lang | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Quảng Uyên | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Phục Hòa | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Hòa An | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Nguyên Bình | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Huyện Đoàn Thạch An | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn Khối các cơ quan tỉnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn Khối doanh nghiệp tỉnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn Công an tỉnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn Bộ đội Biên phòng tỉnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn Quân sự tỉnh | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Đoàn trường Cao đẳng Sư phạm | 20 | 0 | 8 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Ban Thường vụ Tỉnh Đoàn | 28 | 0 | 9 | 0 | 0% | Không hoàn thành nhiệm vụ',
        '2 | Văn phòng Tỉnh Đoàn | 1 | 0 | 0 | 0 | 0% | Không hoàn thành nhiệm vụ',
        ' | Ban Tổ chức - Kiểm tra | 0 | 0 | 0 | 0 | chưa giao | ',
        ' | Ban Tuyên giáo | 0 | 0 | 0 | 0 | chưa giao | ',
        '2 | Ban Thanh thiếu nhi trường học | 1 | 0 | 0 | 0 | 0% | Không hoàn thành nhiệm vụ',
      ],
    },
  ],
  charts: [
    {
      caption: 'Tỉ lệ hoàn thành theo kỳ',
      role: 'img',
      name: 'Tỉ lệ hoàn thành theo kỳ | Biểu đồ cột: Quý I/2014 5%; Quý II/2014 1,6%; Quý III/2014 0%; Quý IV/2014 0%.',
      bars: [
        'Quý I/2014 | 5% | 11.7',
        'Quý II/2014 | 1,6% | 3.8',
        'Quý III/2014 | 0% | 0',
        'Quý IV/2014 | 0% | 0',
      ],
    },
    {
      caption: 'Tỉ lệ hoàn thành theo đơn vị',
      role: 'img',
      name: 'Tỉ lệ hoàn thành theo đơn vị | Biểu đồ cột: Thành Đoàn Cao Bằng 50%; Huyện Đoàn Bảo Lạc 0%; Huyện Đoàn Bảo Lâm 0%; Huyện Đoàn Hà Quảng 0%; Huyện Đoàn Thông Nông 0%; Huyện Đoàn Trà Lĩnh 0%; Huyện Đoàn Trùng Khánh 0%; Huyện Đoàn Hạ Lang 0%; Huyện Đoàn Quảng Uyên 0%; Huyện Đoàn Phục Hòa 0%; Huyện Đoàn Hòa An 0%; Huyện Đoàn Nguyên Bình 0%; Huyện Đoàn Thạch An 0%; Đoàn Khối các cơ quan tỉnh 0%; Đoàn Khối doanh nghiệp tỉnh 0%; Đoàn Công an tỉnh 0%; Đoàn Bộ đội Biên phòng tỉnh 0%; Đoàn Quân sự tỉnh 0%; Đoàn trường Cao đẳng Sư phạm 0%; Ban Thường vụ Tỉnh Đoàn 0%; Văn phòng Tỉnh Đoàn 0%; Ban Tổ chức - Kiểm tra chưa giao; Ban Tuyên giáo chưa giao; Ban Thanh thiếu nhi trường học 0%.',
      bars: [
        'Thành Đoàn Cao Bằng | 50% | 118',
        'Huyện Đoàn Bảo Lạc | 0% | 0',
        'Huyện Đoàn Bảo Lâm | 0% | 0',
        'Huyện Đoàn Hà Quảng | 0% | 0',
        'Huyện Đoàn Thông Nông | 0% | 0',
        'Huyện Đoàn Trà Lĩnh | 0% | 0',
        'Huyện Đoàn Trùng Khánh | 0% | 0',
        'Huyện Đoàn Hạ Lang | 0% | 0',
        'Huyện Đoàn Quảng Uyên | 0% | 0',
        'Huyện Đoàn Phục Hòa | 0% | 0',
        'Huyện Đoàn Hòa An | 0% | 0',
        'Huyện Đoàn Nguyên Bình | 0% | 0',
        'Huyện Đoàn Thạch An | 0% | 0',
        'Đoàn Khối các cơ quan tỉnh | 0% | 0',
        'Đoàn Khối doanh nghiệp tỉnh | 0% | 0',
        'Đoàn Công an tỉnh | 0% | 0',
        'Đoàn Bộ đội Biên phòng tỉnh | 0% | 0',
        'Đoàn Quân sự tỉnh | 0% | 0',
        'Đoàn trường Cao đẳng Sư phạm | 0% | 0',
        'Ban Thường vụ Tỉnh Đoàn | 0% | 0',
        'Văn phòng Tỉnh Đoàn | 0% | 0',
        'Ban Tổ chức - Kiểm tra | chưa giao | 0',
        'Ban Tuyên giáo | chưa giao | 0',
        'Ban Thanh thiếu nhi trường học | 0% | 0',
      ],
    },
  ],
};
