/**
 * The words of the workbook itself. The workbook is a Vietnamese office document whatever the
 * pane's language, and returned files are matched by these names, so they are fixed here.
 */

export const SHEET = {
  plan: 'Kế hoạch',
  units: 'Đơn vị',
  mappings: 'Ánh xạ',
  tracking: 'Theo dõi',
  overview: 'Tổng quan',
  report: 'Báo cáo',
  criteria: 'Tiêu chí',
  scores: 'Chấm điểm',
  log: 'Nhật ký',
  archive: 'Lưu trữ',
  meta: '_ThiDua',
  guide: 'Hướng dẫn',
  summary: 'Tổng hợp',
} as const;

/** `Theo dõi`: exactly these headers, in this order. */
export const TRACKING_HEADERS = [
  'Mã CV',
  'Kỳ',
  'STT',
  'Nội dung công việc',
  'Đơn vị',
  'Vai trò',
  'Hạn',
  'Trạng thái',
  'Ngày hoàn thành',
  'Minh chứng',
  'Ghi chú',
] as const;

export const UNIT_HEADERS = [
  'Mã',
  'Tên đơn vị',
  'Nhóm',
  'Email',
  'Tên gọi khác',
  'Khối thi đua',
  'Vai trò trong khối',
] as const;

export const MAPPING_HEADERS = [
  'Cụm từ trong kế hoạch',
  'Đơn vị (mã hoặc nhóm, cách nhau bởi dấu ;)',
  'Số đơn vị',
  'Tình trạng',
] as const;

export const LOG_HEADERS = [
  'Thời điểm',
  'Nguồn',
  'Đơn vị',
  'Mã CV',
  'Nội dung',
  'Giá trị cũ',
  'Giá trị mới',
  'Kết quả',
] as const;

export const ARCHIVE_HEADERS = [
  'Thời điểm lưu trữ',
  'Lý do',
  'Mã CV',
  'Kỳ',
  'Nội dung công việc',
  'Đơn vị',
  'Vai trò',
  'Hạn',
  'Trạng thái',
  'Ngày hoàn thành',
  'Minh chứng',
  'Ghi chú',
] as const;

export const PLAN_HEADERS = {
  no: 'Stt',
  content: 'Nội dung công việc',
  when: 'Thời gian',
  owners: 'Chỉ đạo, thực hiện',
  note: 'Ghi chú',
} as const;

/** " NĂM 2024", or " NĂM HỌC 2023 – 2024" for a plan of a school year. */
function yearWords(year: number | null, schoolYear?: string): string {
  if (schoolYear) return ` NĂM HỌC ${schoolYear.replace('-', ' – ')}`;
  return year ? ` NĂM ${year}` : '';
}

export const WB = {
  /** A row of `Ánh xạ` that assigns units to one task, beside what its phrases say. */
  taskPhrase: (taskId: string) => `Công việc ${taskId}`,
  mappingAuto: 'Tự động',
  mappingUnresolved: 'Chưa xác định: hãy điền mã đơn vị hoặc tên nhóm',
  mappingUnknownTarget: (t: string) => `Không có đơn vị hay nhóm "${t}"`,
  supportPrefix: 'Phối hợp: ',
  recipients: 'Nơi nhận:',
  signed: '(Đã ký)',
  number: (n: string | null) => (n ? `Số: ${n}` : 'Số:      '),
  placeDate: (place: string | null, iso: string | null) => {
    const [y, m, d] = iso ? iso.split('-') : ['', '', ''];
    return `${place ?? ''}, ngày ${d || '   '} tháng ${m || '   '} năm ${y || '    '}`;
  },
  trackingTitle: 'THEO DÕI THỰC HIỆN KẾ HOẠCH THI ĐUA, KHEN THƯỞNG',
  overviewTitle: (asOf: string) =>
    `TỔNG QUAN TIẾN ĐỘ (tính đến ngày ${asOf}; làm mới báo cáo để cập nhật)`,
  overviewLegend:
    '✓ Hoàn thành   ◐ Đang thực hiện   ○ Chưa thực hiện   ✗ Không thực hiện   ! Quá hạn',
  overviewTask: 'Nội dung công việc',
  overviewDone: 'Đã xong',
  reportTitle: (year: number | null, schoolYear?: string) =>
    `BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH THI ĐUA, KHEN THƯỞNG${yearWords(year, schoolYear)}`,
  reportPlan: (n: string | null, title: string | null) =>
    `Kế hoạch ${n ? `số ${n}` : '(chưa có số)'}${title ? `: ${title}` : ''}`,
  asOf: 'Ngày báo cáo',
  thresholds: 'Ngưỡng xếp loại (điểm tối thiểu, tính theo phần trăm điểm chuẩn)',
  byPeriod: 'I. KẾT QUẢ THEO KỲ',
  byUnit: 'II. KẾT QUẢ THEO ĐƠN VỊ',
  overdue: 'III. CÔNG VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
  late: 'IV. CÔNG VIỆC HOÀN THÀNH TRỄ HẠN',
  none: '(không có)',
  periodHeaders: [
    'Kỳ',
    'Số công việc',
    'Lượt giao',
    'Đến hạn',
    'Hoàn thành (trong số đến hạn)',
    'Trễ hạn',
    'Quá hạn',
    'Tỉ lệ hoàn thành việc đến hạn',
    'Đã hoàn thành (tất cả)',
    'Tiến độ chung',
  ],
  unitHeaders: [
    'STT',
    'Đơn vị',
    'Khối thi đua',
    'Được giao',
    'Đến hạn',
    'Hoàn thành (trong số đến hạn)',
    'Trễ hạn',
    'Quá hạn',
    'Tỉ lệ hoàn thành việc đến hạn',
    'Đã hoàn thành (tất cả)',
    'Tiến độ chung',
    'Điểm',
    'Xếp hạng trong khối',
    'Xếp loại',
    'Đề nghị khen thưởng',
  ],
  notRanked: 'Không xếp hạng',
  blocRateChart: (bloc: string) => `Tỉ lệ hoàn thành việc đến hạn – ${bloc}`,
  blocTitle: (bloc: string, year: number | null, schoolYear?: string) =>
    `KẾT QUẢ THI ĐUA ${bloc.toLocaleUpperCase('vi')}${yearWords(year, schoolYear)}`,
  blocLeaders: (head: string, deputy: string) =>
    [head ? `Khối trưởng: ${head}` : '', deputy ? `Khối phó: ${deputy}` : '']
      .filter(Boolean)
      .join(' · ') || 'Khối chưa có khối trưởng',
  blocHeaders: [
    'Hạng',
    'Đơn vị',
    'Đến hạn',
    'Hoàn thành',
    'Trễ hạn',
    'Quá hạn',
    'Tỉ lệ hoàn thành',
    'Điểm',
    'Xếp loại',
    'Đề nghị khen thưởng',
  ],
  blocProposals: 'Khối đề nghị khen thưởng:',
  blocSigner: 'TM. KHỐI THI ĐUA\nKHỐI TRƯỞNG',
  criteriaTitle: 'TIÊU CHÍ CHẤM ĐIỂM THI ĐUA VÀ ĐỀ NGHỊ KHEN THƯỞNG',
  criteriaNote:
    'Văn phòng sửa các ô trắng. Tiêu chí "Theo tiến độ kế hoạch" tính điểm = điểm tối đa × tỉ lệ hoàn thành việc đến hạn, trừ điểm mỗi việc quá hạn, trễ hạn; tiêu chí "Chấm tay" chấm trên trang Chấm điểm. Thêm, bớt tiêu chí rồi làm mới báo cáo để cập nhật trang Chấm điểm.',
  criteriaHeaders: [
    'STT',
    'Tiêu chí',
    'Điểm tối đa',
    'Cách chấm',
    'Trừ mỗi việc quá hạn',
    'Trừ mỗi việc trễ hạn',
  ],
  criteriaTotal: 'Cộng (điểm chuẩn)',
  bonusCap: 'Điểm thưởng tối đa (mô hình sáng tạo, …)',
  commendationHeaders: ['STT', 'Danh hiệu đề nghị', 'Số lượng mỗi khối', 'Xếp loại tối thiểu'],
  scoresTitle: 'BẢNG CHẤM ĐIỂM THI ĐUA',
  scoresNote:
    'Văn phòng nhập điểm các tiêu chí chấm tay và điểm thưởng (ô trắng); điểm theo tiến độ kế hoạch và tổng điểm tự tính. Đơn vị chưa có việc đến hạn chưa được chấm.',
  scoresHeaders: ['STT', 'Mã', 'Đơn vị', 'Khối thi đua'],
  bonus: 'Điểm thưởng',
  total: 'Tổng điểm',
  listHeaders: [
    'Mã CV',
    'Nội dung công việc',
    'Đơn vị',
    'Kỳ',
    'Hạn',
    'Trạng thái',
    'Số ngày quá hạn',
  ],
  lateListHeaders: [
    'Mã CV',
    'Nội dung công việc',
    'Đơn vị',
    'Kỳ',
    'Hạn',
    'Ngày hoàn thành',
    'Số ngày trễ',
  ],
  overall: 'Tổng cộng',
  /** The title of the report's chart of units, and its one series. */
  unitRateChart: 'Tỉ lệ hoàn thành theo đơn vị',
  unitRateSeries: 'Tỉ lệ hoàn thành',
  /** The name of the book's k-th chart (0-based) on a sheet, as Excel shows it when selected. */
  chartName: (k: number) => `Biểu đồ Sổ Thi Đua ${k + 1}`,
  chartNamePrefix: 'Biểu đồ Sổ Thi Đua ',
  statusPrompt: {
    title: 'Trạng thái',
    message: 'Chọn: Chưa thực hiện, Đang thực hiện, Hoàn thành hoặc Không thực hiện.',
  },
  datePrompt: { title: 'Ngày hoàn thành', message: 'Nhập ngày dạng dd/mm/yyyy.' },
  guideTitle: (unit: string) => `HƯỚNG DẪN CẬP NHẬT KẾT QUẢ: ${unit}`,
  guideLines: [
    '1. Mở trang "Theo dõi". Mỗi hàng là một công việc đơn vị được giao.',
    '2. Chọn Trạng thái trong danh sách; khi hoàn thành, nhập Ngày hoàn thành (dd/mm/yyyy).',
    '3. Ghi Minh chứng (số văn bản, đường dẫn) và Ghi chú nếu cần.',
    '4. Không đổi tên trang, không thêm, xoá hay sắp xếp lại các cột.',
    '5. Lưu tệp (.xlsx) và gửi lại cho Văn phòng Tỉnh Đoàn.',
  ],
  summaryTitle: (year: number | null, schoolYear?: string) =>
    `BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA${yearWords(year, schoolYear)} (dùng cho họp khối thi đua)`,
  archiveReason: {
    taskRemoved: 'Công việc bị bỏ khỏi kế hoạch',
    unassigned: 'Đơn vị không còn được giao công việc này',
    rowDeleted: 'Hàng bị xoá khỏi trang "Theo dõi"',
    archiveRowDeleted: 'Hàng bị xoá khỏi trang "Lưu trữ", ghi lại',
  },
  /** A log line's value for rows of `Theo dõi` merged into one: "hàng 5, 23". */
  duplicateRows: (rows: number[]) => `hàng ${rows.join(', ')}`,
  logOutcome: {
    applied: 'Đã cập nhật',
    conflict: 'Xung đột: giữ giá trị của văn phòng',
    rejected: 'Từ chối',
    plan: 'Kế hoạch',
  },
  fields: {
    status: 'Trạng thái',
    doneDate: 'Ngày hoàn thành',
    evidence: 'Minh chứng',
    note: 'Ghi chú',
    task: 'Công việc',
    row: 'Hàng theo dõi',
  },
} as const;
