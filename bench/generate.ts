/** Generated plans of any size, in the sample's text convention, for benchmarks. */

const ROMAN = ['I', 'II', 'III', 'IV'];
const OWNERS = ['- BTV Tỉnh Đoàn.', '', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'];

export function generatePlanText(tasks: number, year = 2014): string {
  const out: string[] = [
    '\tBCH ĐOÀN TỈNH CAO BẰNG',
    'Số: 99-KH/TĐTN-VP',
    '\tĐOÀN TNCS HỒ CHÍ MINH',
    `Cao Bằng, ngày 2 tháng 1 năm ${year}`,
    'KẾ HOẠCH',
    `Thực hiện công tác Thi đua, Khen thưởng năm ${year}`,
    'Căn cứ Luật Thi đua, Khen thưởng;',
    'I- NỘI DUNG:',
    '\tStt',
    '\tNội dung công việc',
    '\tChỉ đạo, thực hiện',
    '\tGhi chú',
    '',
  ];
  const perQuarter = Math.ceil(tasks / 4);
  let made = 0;
  for (let q = 0; q < 4 && made < tasks; q++) {
    out.push(`\t${ROMAN[q]}`, `\tQuý ${ROMAN[q]}/${year}`, '');
    for (let n = 1; n <= perQuarter && made < tasks; n++, made++) {
      out.push(
        `\t${n}`,
        `\tCông việc số ${made + 1}: triển khai, đôn đốc, kiểm tra việc thực hiện các tiêu chí thi đua của phong trào thanh niên tình nguyện, xung kích, sáng tạo tại cơ sở; tổng hợp kết quả, đề xuất khen thưởng các tập thể, cá nhân tiêu biểu theo hướng dẫn của Trung ương Đoàn, báo cáo Ban Thường vụ Tỉnh Đoàn đúng thời hạn quy định; phối hợp các ban chuyên môn, Văn phòng Tỉnh Đoàn theo dõi, đánh giá, sơ kết, rút kinh nghiệm từng đợt thi đua, ghi nhận và nhân rộng các mô hình, điển hình tiên tiến trong đoàn viên, thanh niên; lập hồ sơ, biểu mẫu, số liệu minh chứng đầy đủ, gửi về Tỉnh Đoàn (qua Văn phòng) để tổng hợp chung, phục vụ công tác bình xét thi đua, khen thưởng cuối năm của khối thi đua và của tỉnh.`,
        `\t${OWNERS[0]}`,
        ...OWNERS.slice(1),
        '\t',
        '',
      );
    }
  }
  out.push(
    '',
    'II- TỔ CHỨC THỰC HIỆN',
    '- Các đơn vị thực hiện nghiêm túc.',
    '\tNơi nhận:',
    '- Lưu VP.',
    '\tTM. BAN THƯỜNG VỤ TỈNH ĐOÀN',
    'BÍ THƯ',
    'Nguyễn Văn A',
  );
  return out.join('\n');
}
