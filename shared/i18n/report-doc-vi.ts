/**
 * The words of the report document (báo cáo sơ kết / tổng kết). Like the workbook, it is a
 * Vietnamese office document whatever the page's language, in the state format of Nghị định
 * 30/2020/NĐ-CP.
 */

/** "ngày 07 tháng 4 năm 2014": days 1–9 and months 1–2 take a leading zero (Nghị định 30). */
function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const pad = (n: number, upTo: number) => (n <= upTo ? `0${n}` : String(n));
  return `ngày ${pad(d, 9)} tháng ${pad(m, 2)} năm ${y}`;
}

export const REPORT_DOC = {
  parent: 'ĐOÀN TNCS HỒ CHÍ MINH',
  stars: '***',
  /** The number is left for the office to fill; the rest follows the plan's ("73-KH/TĐTN-VP"). */
  number: (office: string | null) => `Số:        -BC/${office ?? '          '}`,
  placeDate: (place: string | null, iso: string) => `${place ?? '………'}, ${dateWords(iso)}`,
  kind: 'BÁO CÁO',
  title: (span: string) => `Kết quả thực hiện công tác thi đua, khen thưởng ${span}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  wholeYear: (year: number) => `năm ${year}`,
  firstSemester: (years: string) => `học kỳ I năm học ${years}`,
  schoolYear: (years: string) => `năm học ${years}`,
  rule: '-----',
  intro: (p: { plan: string; asOf: string }) =>
    `${p.plan}, tính đến ngày ${p.asOf}, kết quả thực hiện công tác thi đua, khen thưởng như sau:`,
  planRef: (p: { number: string | null; date: string | null; title: string | null }) =>
    [
      `Thực hiện Kế hoạch${p.number ? ` số ${p.number}` : ''}`,
      p.date ? ` ngày ${p.date}` : '',
      p.title ? ` về ${p.title.charAt(0).toLocaleLowerCase('vi')}${p.title.slice(1)}` : '',
    ].join(''),
  byPeriod: 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KỲ',
  overallSentence: (p: {
    tasks: number;
    assigned: number;
    due: number;
    doneOfDue: string;
    rate: string;
    late: number;
    overdue: number;
    progress: string;
    done: number;
  }) =>
    `Kế hoạch có ${p.tasks} nhiệm vụ với ${p.assigned} lượt giao cho các đơn vị. Đến ngày báo cáo có ${p.due} lượt đến hạn, đã hoàn thành ${p.doneOfDue} lượt (tỉ lệ ${p.rate}), trong đó ${p.late} lượt hoàn thành trễ hạn; ${p.overdue} lượt quá hạn chưa hoàn thành. Tiến độ chung: ${p.done}/${p.assigned} lượt (${p.progress}).`,
  periodHeaders: [
    'Kỳ',
    'Số nhiệm vụ',
    'Lượt giao',
    'Đến hạn',
    'Hoàn thành (đến hạn)',
    'Trễ hạn',
    'Quá hạn',
    'Tỉ lệ hoàn thành',
    'Tiến độ chung',
  ],
  total: 'Tổng cộng',
  byBloc: 'II. KẾT QUẢ THI ĐUA THEO KHỐI VÀ ĐƠN VỊ',
  scoringSentence: (p: { max: string; excellent: string; good: string; pass: string }) =>
    `Các đơn vị được chấm điểm theo bộ tiêu chí (điểm chuẩn ${p.max} điểm), xếp hạng trong khối theo tổng điểm; xếp loại theo tỉ lệ điểm so với điểm chuẩn: hoàn thành xuất sắc từ ${p.excellent}, hoàn thành tốt từ ${p.good}, hoàn thành từ ${p.pass}. Tỉ lệ hoàn thành tính trên số lượt đến hạn.`,
  blocHeading: (n: number, name: string) => `${n}. ${name}`,
  blocLeaders: (head: string | null, deputy: string | null) =>
    [head ? `Khối trưởng: ${head}` : '', deputy ? `khối phó: ${deputy}` : '']
      .filter(Boolean)
      .join('; ') || 'Khối chưa có khối trưởng.',
  unitHeaders: [
    'Hạng',
    'Đơn vị',
    'Đến hạn',
    'Hoàn thành (đến hạn)',
    'Tỉ lệ hoàn thành',
    'Điểm',
    'Xếp loại',
    'Đề nghị khen thưởng',
  ],
  notRanked: (n: number) => `${n}. Các đơn vị không xếp hạng (cơ quan Tỉnh Đoàn)`,
  notRankedHeaders: [
    'Đơn vị',
    'Lượt giao',
    'Đến hạn',
    'Hoàn thành (đến hạn)',
    'Tỉ lệ hoàn thành',
    'Tiến độ chung',
  ],
  lists: 'III. NHIỆM VỤ QUÁ HẠN VÀ HOÀN THÀNH TRỄ HẠN',
  overdueHeading: (n: number) => `1. Nhiệm vụ quá hạn chưa hoàn thành (${n} lượt)`,
  overdueHeaders: ['STT', 'Nhiệm vụ', 'Hạn', 'Số ngày quá hạn', 'Đơn vị chưa hoàn thành'],
  lateHeading: (n: number) => `2. Nhiệm vụ hoàn thành trễ hạn (${n} lượt)`,
  lateHeaders: ['STT', 'Nhiệm vụ', 'Hạn', 'Đơn vị (ngày hoàn thành, số ngày trễ)'],
  lateUnit: (unit: string, done: string, days: number) => `${unit} (${done}, ${days} ngày)`,
  task: (id: string, content: string) => `${id}: ${content}`,
  none: '(không có)',
  proposals: 'IV. ĐỀ NGHỊ KHEN THƯỞNG',
  proposalIntro: 'Căn cứ kết quả chấm điểm, xếp hạng trong khối, các khối đề nghị khen thưởng:',
  proposalLine: (commendation: string, units: string) => `${commendation}: ${units}`,
  shortcomings: 'V. TỒN TẠI, HẠN CHẾ',
  shortcomingsPlace:
    '[Văn phòng viết phần này: những tồn tại, hạn chế trong thực hiện kế hoạch và nguyên nhân.]',
  directions: (span: string) => `VI. PHƯƠNG HƯỚNG, NHIỆM VỤ ${span}`,
  secondHalf: (year: number) => `6 THÁNG CUỐI NĂM ${year}`,
  nextYear: (year: number) => `NĂM ${year}`,
  secondSemester: (years: string) => `HỌC KỲ II NĂM HỌC ${years}`,
  nextSchoolYear: (years: string) => `NĂM HỌC ${years}`,
  directionsPlace:
    '[Văn phòng viết phần này: phương hướng, nhiệm vụ trọng tâm thời gian tới và đề xuất, kiến nghị.]',
  recipients: 'Nơi nhận:',
  recipientsBlank: ['- ………;', '- Lưu VT.'],
  onBehalfOf: 'TM. BAN THƯỜNG VỤ',
  signerBlank: '…………………',
} as const;
