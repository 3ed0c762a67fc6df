/**
 * Cao Bằng provincial Youth Union's 2014 directory (DESIGN.md, "Units"): the default for the
 * sample. Offices replace it with their own through the workbook's units sheet or a CSV.
 */
import type { BlocRole, Unit } from './model';

const DISTRICTS = 'Khối huyện, thành phố';
const AFFILIATED = 'Khối Đoàn trực thuộc';
const ARMED = 'Khối lực lượng vũ trang';
const SCHOOLS = 'Khối trường học';

/** Ranked in `bloc`; the head and deputy as the province named them. */
const inBloc = (u: Unit, bloc: string, blocRole?: BlocRole): Unit => ({
  ...u,
  bloc,
  ...(blocRole ? { blocRole } : {}),
});

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
  inBloc(
    district('TPCB', 'Thành Đoàn Cao Bằng', 'Thành phố Cao Bằng', 'Thành Đoàn', 'TP Cao Bằng'),
    DISTRICTS,
    'head',
  ),
  inBloc(district('BLAC', 'Huyện Đoàn Bảo Lạc', 'Bảo Lạc'), DISTRICTS),
  inBloc(district('BLAM', 'Huyện Đoàn Bảo Lâm', 'Bảo Lâm'), DISTRICTS),
  inBloc(district('HQ', 'Huyện Đoàn Hà Quảng', 'Hà Quảng'), DISTRICTS),
  inBloc(district('TN', 'Huyện Đoàn Thông Nông', 'Thông Nông'), DISTRICTS),
  inBloc(district('TL', 'Huyện Đoàn Trà Lĩnh', 'Trà Lĩnh'), DISTRICTS),
  inBloc(district('TK', 'Huyện Đoàn Trùng Khánh', 'Trùng Khánh'), DISTRICTS),
  inBloc(district('HL', 'Huyện Đoàn Hạ Lang', 'Hạ Lang'), DISTRICTS),
  inBloc(district('QU', 'Huyện Đoàn Quảng Uyên', 'Quảng Uyên'), DISTRICTS),
  inBloc(district('PH', 'Huyện Đoàn Phục Hòa', 'Phục Hòa'), DISTRICTS),
  inBloc(district('HA', 'Huyện Đoàn Hòa An', 'Hòa An'), DISTRICTS, 'deputy'),
  inBloc(district('NB', 'Huyện Đoàn Nguyên Bình', 'Nguyên Bình'), DISTRICTS),
  inBloc(district('TA', 'Huyện Đoàn Thạch An', 'Thạch An'), DISTRICTS),
  inBloc(
    affiliated('DKCQ', 'Đoàn Khối các cơ quan tỉnh', 'Đoàn Khối Cơ quan', 'Đoàn khối các cơ quan'),
    AFFILIATED,
    'head',
  ),
  inBloc(
    affiliated('DKDN', 'Đoàn Khối doanh nghiệp tỉnh', 'Đoàn Khối Doanh nghiệp'),
    AFFILIATED,
    'deputy',
  ),
  inBloc(affiliated('CA', 'Đoàn Công an tỉnh', 'Đoàn Thanh niên Công an tỉnh'), ARMED, 'head'),
  inBloc(affiliated('BDBP', 'Đoàn Bộ đội Biên phòng tỉnh', 'Đoàn BĐBP tỉnh'), ARMED, 'deputy'),
  inBloc(affiliated('QS', 'Đoàn Quân sự tỉnh', 'Đoàn Bộ Chỉ huy Quân sự tỉnh'), ARMED),
  inBloc(
    affiliated(
      'CDSP',
      'Đoàn trường Cao đẳng Sư phạm',
      'Đoàn trường CĐSP',
      'Trường Cao đẳng Sư phạm',
    ),
    SCHOOLS,
    'head',
  ),
  // the standing committee and the departments carry out tasks but are not ranked
  {
    code: 'BTV',
    name: 'Ban Thường vụ Tỉnh Đoàn',
    group: 'standing',
    emails: [],
    aliases: ['BTV Tỉnh Đoàn', 'BTV', 'Ban Thường vụ', 'BTV Tỉnh Đoàn Cao Bằng'],
    bloc: '',
  },
  {
    code: 'VP',
    name: 'Văn phòng Tỉnh Đoàn',
    group: 'department',
    emails: [],
    aliases: ['Văn phòng', 'VP', 'Văn phòng Tỉnh Đoàn Cao Bằng'],
    bloc: '',
  },
  {
    code: 'TCKT',
    name: 'Ban Tổ chức - Kiểm tra',
    group: 'department',
    emails: [],
    aliases: ['Ban TC-KT', 'Ban Tổ chức Kiểm tra', 'Ban Tổ chức'],
    bloc: '',
  },
  {
    code: 'TG',
    name: 'Ban Tuyên giáo',
    group: 'department',
    emails: [],
    aliases: ['Ban TG'],
    bloc: '',
  },
  {
    code: 'TTNTH',
    name: 'Ban Thanh thiếu nhi trường học',
    group: 'department',
    emails: [],
    aliases: ['Ban TTN - TH', 'Ban TTN-TH', 'Ban TTNTH', 'Ban Thanh thiếu nhi - Trường học'],
    bloc: '',
  },
];
