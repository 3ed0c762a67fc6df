/** Vietnamese strings: the product's first language. */
import type { Catalog } from './catalog';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export const vi: Catalog = {
  problems: {
    emptyInput: () => 'Tệp hoặc nội dung trống: không có gì để đọc.',
    tooLarge: ({ size, limit }) =>
      `Tệp quá lớn (${mb(size)}); kế hoạch chỉ đọc được đến ${mb(limit)}. Hãy kiểm tra lại tệp đã chọn.`,
    legacyDoc: () =>
      'Đây là tệp Word cũ (.doc). Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Tệp → Lưu thành → Tài liệu Word), rồi chọn lại.',
    notADocument: ({ kind }) =>
      `Tệp này là ${kind}, không phải văn bản kế hoạch. Hãy chọn tệp .docx hoặc .txt của kế hoạch.`,
    corruptDocx: ({ detail }) => `Không đọc được tệp .docx (tệp hỏng hoặc không đầy đủ): ${detail}.`,
    undecodableText: () =>
      'Không nhận ra bảng mã của văn bản. Hãy lưu lại văn bản với bảng mã Unicode (UTF-8).',
    legacyEncodingConverted: ({ encoding }) =>
      `Văn bản được gõ bằng bảng mã ${encoding}; đã chuyển sang Unicode. Hãy kiểm tra lại các tên riêng.`,
    noTaskTable: () =>
      'Không tìm thấy bảng công việc (hàng tiêu đề "Stt | Nội dung công việc | …") trong văn bản. Đây có phải là kế hoạch thi đua, khen thưởng không?',
    noTasks: () => 'Bảng công việc không có công việc nào.',
    taskBeforePeriod: ({ label }) =>
      `Có công việc đứng trước mọi hàng kỳ (quý, tháng); đã xếp vào kỳ "${label}".`,
    unknownPeriod: ({ label }) =>
      `Không nhận ra kỳ "${label}" (cần dạng "Quý I/2014", "Tháng 3/2015", "6 tháng đầu năm 2014"); không xác định được ngày bắt đầu, kết thúc.`,
    emptyTaskContent: ({ no }) => `Công việc số ${no} không có nội dung; đã bỏ qua hàng này.`,
    duplicateTaskNumber: ({ no, period }) =>
      `Số thứ tự ${no} xuất hiện nhiều lần trong kỳ "${period}".`,
    invalidModel: ({ path, detail }) => `Dữ liệu kế hoạch không hợp lệ tại ${path}: ${detail}.`,
  },
  location: (at) => {
    const parts: string[] = [];
    if (at.file) parts.push(`tệp ${at.file}`);
    if (at.sheet) parts.push(`trang tính "${at.sheet}"`);
    if (at.cell) parts.push(`ô ${at.cell}`);
    if (at.line !== undefined) parts.push(`dòng ${at.line}`);
    if (at.tableRow !== undefined) parts.push(`bảng công việc, hàng ${at.tableRow}`);
    if (at.tableCell !== undefined) parts.push(`cột ${at.tableCell}`);
    return parts.join(', ');
  },
  severity: { error: 'Lỗi', warning: 'Lưu ý' },
};
