/**
 * Cao Bằng provincial Youth Union's 2014 directory (DESIGN.md, "Units"): the default for the
 * sample. Offices replace it with their own through the workbook's units sheet or a CSV.
 */
import type { Unit } from './model';

const district = (code: string, name: string, ...aliases: string[]): Unit => ({
  code,
  name,
  group: 'district',
  emails: [],
  aliases,
});

const affiliated = (code: string, name: string, ...aliases: string[]): Unit => ({
  code,
  name,
  group: 'affiliated',
  emails: [],
  aliases,
});

export const CAO_BANG_2014: readonly Unit[] = [
  district('TPCB', 'Thành Đoàn Cao Bằng', 'Thành phố Cao Bằng', 'Thành Đoàn', 'TP Cao Bằng'),
  district('BLAC', 'Huyện Đoàn Bảo Lạc', 'Bảo Lạc'),
  district('BLAM', 'Huyện Đoàn Bảo Lâm', 'Bảo Lâm'),
  district('HQ', 'Huyện Đoàn Hà Quảng', 'Hà Quảng'),
  district('TN', 'Huyện Đoàn Thông Nông', 'Thông Nông'),
  district('TL', 'Huyện Đoàn Trà Lĩnh', 'Trà Lĩnh'),
  district('TK', 'Huyện Đoàn Trùng Khánh', 'Trùng Khánh'),
  district('HL', 'Huyện Đoàn Hạ Lang', 'Hạ Lang'),
  district('QU', 'Huyện Đoàn Quảng Uyên', 'Quảng Uyên'),
  district('PH', 'Huyện Đoàn Phục Hòa', 'Phục Hòa'),
  district('HA', 'Huyện Đoàn Hòa An', 'Hòa An'),
  district('NB', 'Huyện Đoàn Nguyên Bình', 'Nguyên Bình'),
  district('TA', 'Huyện Đoàn Thạch An', 'Thạch An'),
  affiliated('DKCQ', 'Đoàn Khối các cơ quan tỉnh', 'Đoàn Khối Cơ quan', 'Đoàn khối các cơ quan'),
  affiliated('DKDN', 'Đoàn Khối doanh nghiệp tỉnh', 'Đoàn Khối Doanh nghiệp'),
  affiliated('CA', 'Đoàn Công an tỉnh', 'Đoàn Thanh niên Công an tỉnh'),
  affiliated('BDBP', 'Đoàn Bộ đội Biên phòng tỉnh', 'Đoàn BĐBP tỉnh'),
  affiliated('QS', 'Đoàn Quân sự tỉnh', 'Đoàn Bộ Chỉ huy Quân sự tỉnh'),
  affiliated('CDSP', 'Đoàn trường Cao đẳng Sư phạm', 'Đoàn trường CĐSP', 'Trường Cao đẳng Sư phạm'),
  {
    code: 'BTV',
    name: 'Ban Thường vụ Tỉnh Đoàn',
    group: 'standing',
    emails: [],
    aliases: ['BTV Tỉnh Đoàn', 'BTV', 'Ban Thường vụ', 'BTV Tỉnh Đoàn Cao Bằng'],
  },
  {
    code: 'VP',
    name: 'Văn phòng Tỉnh Đoàn',
    group: 'department',
    emails: [],
    aliases: ['Văn phòng', 'VP', 'Văn phòng Tỉnh Đoàn Cao Bằng'],
  },
  {
    code: 'TCKT',
    name: 'Ban Tổ chức - Kiểm tra',
    group: 'department',
    emails: [],
    aliases: ['Ban TC-KT', 'Ban Tổ chức Kiểm tra', 'Ban Tổ chức'],
  },
  {
    code: 'TG',
    name: 'Ban Tuyên giáo',
    group: 'department',
    emails: [],
    aliases: ['Ban TG'],
  },
  {
    code: 'TTNTH',
    name: 'Ban Thanh thiếu nhi trường học',
    group: 'department',
    emails: [],
    aliases: ['Ban TTN - TH', 'Ban TTN-TH', 'Ban TTNTH', 'Ban Thanh thiếu nhi - Trường học'],
  },
];
