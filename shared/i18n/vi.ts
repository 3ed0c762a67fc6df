/** Vietnamese strings: the product's first language. */
import { CLI_HELP } from './cli-help';
import type { OtherDocKind } from './plan-words';
import type { DocxReadFailure } from './plan-words';
import type { Catalog, CriteriaField, FileFormat, FileKind, InputRole, NotAFile } from './catalog';
import { WB } from './workbook-vi';
import { formatCount } from './numbers';

/** Why a .docx could not be read, in the office's words (never the reader's own). */
const DOCX_FAILURES: Record<DocxReadFailure, string> = {
  empty: 'tệp trống',
  'legacy-doc': 'đây là tệp Word cũ (.doc)',
  'not-zip': 'tệp không có dạng của một văn bản .docx',
  'no-document': 'trong tệp không có nội dung văn bản Word',
  corrupt: 'tệp bị hỏng hoặc bị cắt ngắn',
};

const KINDS: Record<FileKind, string> = {
  image: 'một hình ảnh',
  pdf: 'một tệp PDF',
  zip: 'một tệp nén (.zip) không phải .docx',
  spreadsheet: 'một bảng tính',
  rtf: 'một tệp RTF (hãy lưu lại dưới dạng .docx)',
  binary: 'một tệp nhị phân',
};

const DOC_KINDS: Record<OtherDocKind, string> = {
  report: 'một báo cáo ("BÁO CÁO")',
  guidance: 'một hướng dẫn ("HƯỚNG DẪN")',
  decision: 'một quyết định ("QUYẾT ĐỊNH")',
  letter: 'một công văn',
  notice: 'một thông báo ("THÔNG BÁO")',
  submission: 'một tờ trình ("TỜ TRÌNH")',
  resolution: 'một nghị quyết ("NGHỊ QUYẾT")',
  directive: 'một chỉ thị ("CHỈ THỊ")',
  invitation: 'một giấy mời ("GIẤY MỜI")',
  regulation: 'một quy chế, quy định',
  minutes: 'một biên bản ("BIÊN BẢN")',
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const int = (n: number): string => formatCount(n, 'vi');

const FORMATS: Record<FileFormat, string> = {
  empty: 'một tệp trống',
  xlsx: 'một sổ Excel (.xlsx)',
  docx: 'một văn bản Word (.docx)',
  pptx: 'một bản trình chiếu PowerPoint (.pptx)',
  ods: 'một bảng tính OpenDocument (.ods)',
  odt: 'một văn bản OpenDocument (.odt)',
  odf: 'một tệp OpenDocument',
  zip: 'một tệp nén (.zip)',
  encrypted: 'một tệp Office được đặt mật khẩu',
  xls: 'một tệp Excel cũ (.xls)',
  doc: 'một văn bản Word cũ (.doc)',
  ppt: 'một bản trình chiếu PowerPoint cũ (.ppt)',
  ole: 'một tệp Office cũ (định dạng nhị phân)',
  pdf: 'một tệp PDF',
  image: 'một hình ảnh',
  rtf: 'một tệp RTF',
  html: 'một trang web (HTML; phần mềm khác thường xuất ra kiểu này với đuôi .xls)',
  xml2003: 'một bảng tính XML của Excel 2003',
  csv: 'một tệp văn bản CSV',
  text: 'một tệp văn bản',
  binary: 'một tệp nhị phân không rõ loại',
};

const NOT_FILES: Record<NotAFile, string> = {
  folder: 'một thư mục',
  pipe: 'một đường ống dữ liệu (named pipe)',
  device: 'một thiết bị (như /dev/zero)',
  socket: 'một socket',
  other: 'một đối tượng đặc biệt của hệ thống',
};

const ROLES: Record<InputRole, string> = {
  book: 'sổ theo dõi',
  returned: 'một tệp đơn vị gửi lại',
  plan: 'tệp kế hoạch',
  units: 'danh sách đơn vị',
  log: 'tệp nhật ký',
};

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết hạn mức dung lượng',
  EACCES: 'không có quyền ghi; tệp có đang mở trong Excel, hay thư mục không cho ghi?',
  EPERM: 'không được phép ghi; tệp có đang mở trong Excel, hay thư mục không cho ghi?',
  EBUSY: 'tệp đang được một chương trình khác mở, như Excel',
  EROFS: 'ổ đĩa chỉ cho đọc',
  EISDIR: 'đây là một thư mục',
  ENOTDIR: 'đường dẫn đi qua một tệp, không phải thư mục',
  ENOENT: 'thư mục không tồn tại',
  ENAMETOOLONG: 'tên tệp quá dài',
  EIO: 'lỗi đọc ghi của ổ đĩa',
};

const CRITERIA_FIELD_VI: Record<CriteriaField, string> = {
  name: 'một tên',
  maxPoints: 'số điểm tối đa (một số không âm)',
  penalty: 'số điểm trừ (một số không âm, hoặc để trống)',
  method: '"Theo tiến độ kế hoạch" hoặc "Chấm tay"',
  bonusCap: 'số điểm thưởng tối đa (một số không âm)',
  count: 'số lượng (một số nguyên không âm)',
  least: '"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ" hoặc "Hoàn thành nhiệm vụ"',
};

export const vi: Catalog = {
  problems: {
    emptyMark: () =>
      'Chưa nhập gì để ghi: hãy chọn trạng thái, ngày hoàn thành, minh chứng hoặc ghi chú.',
    sheetsInTheWay: ({ names }) =>
      `Bảng tính đã có trang ${names} với dữ liệu không phải của Sổ Thi Đua. Tạo sổ sẽ ghi đè các trang này; hãy đổi tên chúng trước, hoặc xác nhận để ghi đè.`,
    incompleteDraw: () =>
      'Lần ghi trước vào sổ chưa hoàn tất (bị ngắt giữa chừng), nên có thể thiếu một phần dữ liệu. Hãy khôi phục phiên bản trước của tệp (Lịch sử phiên bản), rồi làm lại thao tác; nếu không, các mục đã nhập có thể bị mất.',
    duplicatePeriodLabel: ({ label }) =>
      `Kỳ "${label}" xuất hiện hai lần trong bảng công việc; sổ theo dõi ghi kỳ sau là "${label} (2)".`,
    bookExists: ({ plan, entries }) =>
      `Bảng tính này đã có sổ theo dõi (${plan}) với ${entries} mục đã nhập. Để giữ các mục này, hãy dùng "Áp dụng kế hoạch sửa đổi".`,
    noBook: () => 'Bảng tính này chưa có sổ theo dõi. Hãy tạo sổ từ kế hoạch trước.',
    noSelection: () => 'Chưa chọn hàng nào ở trang "Theo dõi".',
    fileNotFound: () => 'Không mở được tệp: tệp không tồn tại hoặc không có quyền đọc.',
    notAFile: ({ kind }) =>
      `Đây là ${NOT_FILES[kind]}, không phải một tệp, nên không đọc. Hãy chỉ ra đúng tệp cần dùng.`,
    fileNoAccess: () =>
      'Không có quyền đọc tệp này. Hãy kiểm tra quyền truy cập, hoặc sao chép tệp vào thư mục của mình.',
    fileTooLarge: ({ size, limit }) =>
      `Tệp quá lớn (${mb(size)}); giới hạn là ${mb(limit)}. Hãy kiểm tra đã chọn đúng tệp.`,
    legacyXls: () =>
      'Đây là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx)), rồi dùng tệp .xlsx đó.',
    encryptedFile: () =>
      'Tệp được đặt mật khẩu (mã hoá) nên không đọc được. Hãy mở tệp, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ → Mã hoá bằng mật khẩu, xoá mật khẩu rồi bấm OK), lưu lại, rồi dùng tệp đó.',
    odsFile: () =>
      'Đây là bảng tính OpenDocument (.ods, của LibreOffice hoặc OpenOffice). Hãy lưu lại dưới dạng .xlsx (Tệp → Lưu thành, kiểu "Excel 2007-365 (.xlsx)"), rồi dùng tệp .xlsx đó.',
    notAWorkbook: ({ format }) =>
      `Tệp này là ${FORMATS[format]}, không phải sổ Excel (.xlsx). Hãy dùng đúng tệp .xlsx; nếu đây là một bảng tính, hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
    notACsv: ({ format }) =>
      `Danh sách đơn vị cần là tệp CSV (văn bản); tệp này là ${FORMATS[format]}. Trong Excel: Tệp → Lưu thành → "CSV UTF-8 (phân tách bằng dấu phẩy)".`,
    damagedFile: ({ cause }) =>
      cause === 'truncated'
        ? 'Tệp bị cắt cụt (không đầy đủ): có thể tải về hoặc sao chép chưa xong. Hãy lấy lại tệp gốc.'
        : 'Tệp bị hỏng: cấu trúc bên trong không đọc được. Hãy lấy lại tệp gốc, hoặc mở trong Excel và lưu lại.',
    damagedSheet: () =>
      'Nội dung trang tính này bị hỏng nên không đọc được tệp. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại tệp gốc.',
    damagedPart: () =>
      'Một phần bên trong tệp bị hỏng nên không đọc được tệp. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa) rồi lưu lại, hoặc lấy lại tệp gốc.',
    unusualCompression: () =>
      'Tệp được nén theo cách Excel không dùng (hoặc các phần bên trong bị mã hoá). Hãy mở và lưu lại tệp bằng Excel.',
    tooManyParts: ({ count, limit }) =>
      `Tệp có ${int(count)} phần bên trong, quá giới hạn ${int(limit)}: không phải một sổ theo dõi bình thường, không đọc.`,
    unpackedTooLarge: ({ size, limit }) =>
      `Tệp khi giải nén lên tới ${mb(size)}, quá giới hạn ${mb(limit)}: không đọc (có thể là tệp độc hại kiểu "zip bomb", hoặc không phải sổ theo dõi).`,
    compressionTooHigh: ({ ratio, limit }) =>
      `Một phần của tệp được nén tới ${int(ratio)}:1, bất thường (giới hạn ${int(limit)}:1): có thể là tệp độc hại kiểu "zip bomb"; không đọc.`,
    sizeMismatch: () =>
      'Kích thước ghi bên trong tệp không khớp với nội dung: tệp bị hỏng hoặc bị làm giả; không đọc.',
    tooManyRows: ({ limit }) =>
      `Trang tính có dữ liệu quá hàng ${int(limit)} (giới hạn của Sổ Thi Đua; sổ của một tỉnh khoảng 50.000 hàng): không đọc. Hãy kiểm tra đã chọn đúng tệp, hoặc xoá các hàng thừa.`,
    tooManyCells: ({ cells, limit }) =>
      `Vùng dữ liệu của trang tính quá lớn (${int(cells)} ô, tính theo hàng × cột; giới hạn ${int(limit)} ô): không đọc. Hãy xoá các hàng, cột thừa.`,
    csvEncoding: ({ encoding }) =>
      `Tệp CSV không dùng bảng mã UTF-8; đã đọc theo bảng mã ${encoding}. Hãy kiểm tra lại tên các đơn vị (khi lưu từ Excel, nên chọn "CSV UTF-8").`,
    outputIsInput: ({ role, inPlace }) =>
      `Tệp kết quả (-o) chính là ${ROLES[role]} đầu vào: không ghi đè lên tệp đầu vào. Hãy chọn tên khác` +
      (inPlace ? ', hoặc thêm --in-place để ghi vào chính sổ (giữ bản sao .bak.xlsx trước).' : '.'),
    outputNotAFile: ({ kind }) =>
      `Tệp kết quả (-o) là ${NOT_FILES[kind]}, không phải một tệp: không ghi. Hãy chọn tên tệp.`,
    outputNotAFolder: () =>
      'Thư mục kết quả (-o) là một tệp đã có, không phải thư mục: không ghi. Hãy chọn một thư mục.',
    outputHoldsEntries: ({ entries, unit }) =>
      `Tệp này đã là ${unit ? 'tệp đơn vị' : 'sổ theo dõi'} có ${int(entries)} mục đã nhập; ghi đè sẽ làm mất các mục đó nên không ghi. Hãy chọn tên khác, dùng lệnh update hoặc consolidate để giữ các mục, hoặc thêm --force để vẫn ghi đè (giữ bản sao .bak.xlsx trước).`,
    outputUnreadable: () =>
      'Tệp này đã có và không đọc được để biết có mục đã nhập hay không, nên không ghi đè. Hãy chọn tên khác, hoặc thêm --force để vẫn ghi đè (giữ bản sao .bak.xlsx trước).',
    unitFilesInTheWay: ({ files }) =>
      `Thư mục đã có tệp đơn vị chưa gộp vào sổ: ${files
        .map((f) =>
          f.unmerged === null
            ? `${f.name} (không phải tệp đơn vị của sổ này, hoặc không đọc được)`
            : `${f.name} (${int(f.unmerged)} mục chưa gộp)`,
        )
        .join(
          ', ',
        )}. Không ghi đè tệp nào. Hãy gộp các tệp này vào sổ trước (consolidate), hoặc chọn thư mục khác.`,
    cliMissingArgument: ({ command, arg }) =>
      `Lệnh "${command}" thiếu tham số <${arg.name}> (${arg.vi}). Xem: thidua ${command} --help`,
    cliMissingOption: ({ command, option }) =>
      `Lệnh "${command}" cần tuỳ chọn ${option.name} (${option.vi}). Xem: thidua ${command} --help`,
    cliOptionValueMissing: ({ command, option }) =>
      `Tuỳ chọn ${option.name} cần một giá trị (${option.vi}). Xem: thidua ${command} --help`,
    cliUnknownOption: ({ command, flag, suggestion }) =>
      `Không có tuỳ chọn ${flag}${suggestion ? ` (có phải ${suggestion}?)` : ''}. Xem: thidua ${command} --help`,
    cliUnknownCommand: ({ name, suggestion, commands }) =>
      `Không có lệnh "${name}"${suggestion ? ` (có phải "${suggestion}"?)` : ''}. Các lệnh: ${commands}. Xem: thidua --help`,
    cliTooManyArguments: ({ command, expected, got }) =>
      `Lệnh "${command}" nhận ${expected} tham số nhưng được ${got}. Tên tệp có dấu cách cần đặt trong ngoặc kép. Xem: thidua ${command} --help`,
    cliInvalidValue: ({ option, value, choices }) =>
      `Giá trị "${value}" không hợp lệ cho ${option} (chọn: ${choices}).`,
    cliOther: ({ text }) => `Lệnh không hợp lệ (${text}). Xem: thidua --help`,
    emptyInput: () => 'Tệp hoặc nội dung trống: không có gì để đọc.',
    tooLarge: ({ size, limit }) =>
      `Tệp quá lớn (${mb(size)}); kế hoạch chỉ đọc được đến ${mb(limit)}. Hãy kiểm tra lại tệp đã chọn.`,
    legacyDoc: () =>
      'Đây là tệp Word cũ (.doc). Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Tệp → Lưu thành → Tài liệu Word), rồi chọn lại.',
    notADocument: ({ kind }) =>
      `Tệp này là ${KINDS[kind]}, không phải văn bản kế hoạch. Hãy chọn tệp kế hoạch (.docx, .txt) hoặc bảng công việc (.xlsx, .csv, .tsv).`,
    corruptDocx: ({ reason }) =>
      `Không đọc được tệp .docx: ${DOCX_FAILURES[reason]}. Hãy mở tệp trong Word rồi lưu lại dưới dạng .docx, hoặc lấy lại tệp gốc.`,
    undecodableText: () =>
      'Không nhận ra bảng mã của văn bản. Hãy lưu lại văn bản với bảng mã Unicode (UTF-8).',
    legacyEncodingConverted: ({ encoding }) =>
      `Văn bản được gõ bằng bảng mã ${encoding}; đã chuyển sang Unicode. Hãy kiểm tra lại các tên riêng.`,
    noTaskTable: () =>
      'Không tìm thấy bảng công việc (hàng tiêu đề "Stt | Nội dung công việc | …") trong văn bản. Đây có phải là kế hoạch thi đua, khen thưởng không?',
    notAPlan: ({ kind }) =>
      `Văn bản này là ${DOC_KINDS[kind]}, không phải kế hoạch: không đọc công việc từ đó. Hãy chọn văn bản kế hoạch ("KẾ HOẠCH") hoặc chương trình công tác ("CHƯƠNG TRÌNH").`,
    noTasks: () => 'Bảng công việc không có công việc nào.',
    tasksGroupedByTime: ({ periods }) =>
      `Bảng công việc không có hàng kỳ (quý, tháng); các công việc được xếp vào kỳ theo thời gian thực hiện của từng việc: ${periods}. Hãy kiểm tra lại.`,
    taskBeforePeriod: ({ label }) =>
      `Có công việc đứng trước mọi hàng kỳ (quý, tháng); đã xếp vào kỳ "${label}".`,
    unknownPeriod: ({ label }) =>
      `Không nhận ra kỳ "${label}" (cần dạng "Quý I/2014", "Tháng 3/2015", "6 tháng đầu năm 2014", "Nhiệm vụ thường xuyên"); kỳ này không có ngày bắt đầu, kết thúc, nên công việc của kỳ chỉ có hạn khi cột thời gian ghi ngày.`,
    periodWithoutYear: ({ label }) =>
      `Kỳ "${label}" không ghi năm, và văn bản không cho biết năm của kế hoạch (tiêu đề "… năm 2024" hoặc ngày ban hành); kỳ này không có ngày bắt đầu, kết thúc.`,
    periodsMerged: ({ label, first, dates }) =>
      `Kỳ "${label}" trùng thời gian với kỳ "${first}" ở trên${dates ? ` (${dates})` : ''}; các công việc của hai kỳ được gộp vào kỳ "${first}".`,
    periodRepeated: ({ label, first, dates }) =>
      `Kỳ "${label}" trùng thời gian với kỳ "${first}" ở trên${dates ? ` (${dates})` : ''} nhưng đánh số công việc lại từ đầu; hai kỳ được giữ riêng.`,
    emptyTaskContent: ({ no }) =>
      `Hàng có số thứ tự "${no}" nhưng không có nội dung công việc; đã bỏ qua hàng này.`,
    rowNoTaskAbove: ({ text }) =>
      `Hàng "${text}" không có số thứ tự và nội dung, mà phía trên không có công việc nào để ghép vào; đã bỏ qua hàng này.`,
    rowUnusedColumnsOnly: ({ text }) =>
      `Hàng "${text}" chỉ có chữ ở những cột không được đọc; đã bỏ qua hàng này.`,
    totalsRow: ({ text }) =>
      `Hàng "${text}" là hàng tổng cộng của bảng, không phải công việc; đã bỏ qua hàng này.`,
    rowAboveHeader: ({ text }) =>
      `Hàng "${text}" đứng trên hàng tiêu đề của bảng công việc; không được đọc.`,
    textBetweenTables: ({ text, after }) =>
      `Đoạn "${text}"${after > 0 ? ` (sau bảng công việc thứ ${after})` : ''} đứng giữa các bảng công việc nhưng không phải tiêu đề kỳ; không được đọc.`,
    textAfterTasks: ({ count, text }) =>
      `${count} đoạn văn sau bảng công việc không thuộc mục nào của văn bản nên không được đọc, bắt đầu từ "${text}".`,
    lineBeforeFirstTask: ({ text }) =>
      `Dòng "${text}" đứng dưới tiêu đề kỳ nhưng trước công việc đầu tiên của kỳ; không được đọc.`,
    taskTableNotRead: ({ rows, heading }) =>
      `Bảng này (${rows} hàng${heading ? `, dưới "${heading}"` : ''}) có hàng tiêu đề như bảng công việc nhưng nằm ở mục khác của văn bản; các hàng của nó không được đọc thành công việc.`,
    unusedColumn: ({ column, no }) =>
      `Cột ${no} "${column}" của bảng công việc không được đọc (chỉ đọc các cột Stt, Nội dung, Chỉ đạo/thực hiện, Chủ trì, Phối hợp, Thời gian, Tháng/Quý, Ghi chú).`,
    periodRowNote: ({ label, note }) =>
      `Ghi chú "${note}" ở hàng của kỳ "${label}" không thuộc công việc nào nên không được đưa vào sổ; nếu cần, hãy ghi nó vào ghi chú của công việc.`,
    unnamedColumn: ({ no, rows, sample }) =>
      `Cột ${no} của bảng công việc không có tiêu đề nên không được đọc, dù có chữ ở ${int(rows)} hàng (ví dụ "${sample}"). Hãy đặt tiêu đề cho cột (ví dụ "Ghi chú") rồi đọc lại.`,
    mergeAssumedRows: ({ column, places }) =>
      `Ô "${column}" để trống ở hàng ${places} được hiểu là phần dưới của ô gộp phía trên (văn bản không cho biết ô gộp): các công việc này lấy cùng nội dung với công việc phía trên. Hãy kiểm tra lại.`,
    mergeAssumedLines: ({ column, places }) =>
      `Ô "${column}" để trống ở dòng ${places} được hiểu là phần dưới của ô gộp phía trên (văn bản không cho biết ô gộp): các công việc này lấy cùng nội dung với công việc phía trên. Hãy kiểm tra lại.`,
    duplicateTaskNumber: ({ no, period }) =>
      `Số thứ tự ${no} xuất hiện nhiều lần trong kỳ "${period}".`,
    invalidModel: ({ path, detail }) => `Dữ liệu kế hoạch không hợp lệ tại ${path}: ${detail}.`,
    cellTooLong: ({ length, limit }) =>
      `Ô có ${length} ký tự, vượt giới hạn ${limit} ký tự một ô của Excel; nội dung không được ghi.`,
    noTaskSheet: ({ sheets }) =>
      `Không trang tính nào có bảng công việc (hàng tiêu đề "Stt | Nội dung công việc | …"). Các trang của tệp: ${sheets}.`,
    unknownSheet: ({ sheet, sheets }) =>
      `Tệp không có trang tính "${sheet}". Các trang của tệp: ${sheets}.`,
    sheetOfNonWorkbook: ({ sheet }) =>
      `Đã chỉ định trang tính "${sheet}", nhưng tệp này không phải bảng tính .xlsx nên không có trang tính để chọn.`,
    unclosedQuote: () =>
      'Dấu ngoặc kép mở ở đây không được đóng, nên không tách được các ô từ đây đến cuối tệp. Hãy sửa tệp (mỗi ô mở bằng ngoặc kép phải đóng bằng ngoặc kép) rồi đọc lại.',
    notOurWorkbook: () =>
      'Đây không phải sổ theo dõi do Sổ Thi Đua tạo (thiếu trang ẩn ghi thông tin nhận dạng của sổ). Hãy dùng sổ theo dõi, hoặc tệp đơn vị, do Sổ Thi Đua tạo.',
    identityLost: ({ entries, cleared }) =>
      `Trang ẩn ghi thông tin nhận dạng của sổ ${cleared ? 'đã bị xoá nội dung' : 'đã mất'}, nên không đọc được sổ, dù trang "Theo dõi" và "Lưu trữ" còn ${int(entries)} mục đã nhập. Hãy mở bản sao (.bak.xlsx) hoặc bản lưu trước của tệp; đừng ghi đè tệp này.`,
    sheetCopyIgnored: ({ sheet, copies }) =>
      `Trang tính ${copies} là bản sao của "${sheet}": sổ chỉ đọc trang "${sheet}", những gì nhập vào bản sao không được tính. Hãy chép các mục cần giữ sang "${sheet}" rồi xoá bản sao.`,
    sheetOnlyAsCopy: ({ sheet, copies }) =>
      `Không có trang tính "${sheet}", chỉ có bản sao ${copies}. Hãy đổi tên bản sao đúng muốn giữ thành "${sheet}" rồi làm lại.`,
    missingSheet: ({ name }) =>
      `Thiếu trang tính "${name}" (có thể đã bị đổi tên hoặc xoá). Hãy khôi phục đúng tên trang.`,
    missingColumns: ({ names }) =>
      `Thiếu cột: ${names}. Không đổi tên hay xoá các cột của sổ (được thêm cột riêng).`,
    badMeta: ({ detail }) =>
      `Thông tin ẩn của sổ bị hỏng (${detail}). Hãy dùng bản sao gốc của tệp.`,
    planMismatch: ({ file, book }) =>
      `Tệp gửi lại thuộc kế hoạch khác (${file}), không phải kế hoạch của sổ này (${book}); không gộp.`,
    notAUnitFile: () =>
      'Tệp này là sổ tổng hợp, không phải tệp văn phòng gửi cho một đơn vị; không gộp.',
    olderVersion: ({ file, book }) =>
      `Tệp gửi lại làm theo phiên bản ${file} của kế hoạch; sổ đang ở phiên bản ${book}. Các công việc đã bỏ khỏi kế hoạch sẽ không được gộp.`,
    unknownUnit: ({ name }) => `Không có đơn vị "${name}" trong danh sách đơn vị.`,
    otherUnitRow: ({ unit, fileUnit }) =>
      `Hàng của đơn vị "${unit}" trong tệp của "${fileUnit}": mỗi đơn vị chỉ được sửa hàng của mình; hàng này bị từ chối.`,
    unknownRow: ({ taskId, unit }) =>
      `Không có công việc ${taskId} giao cho "${unit}" trong sổ; hàng này bị từ chối.`,
    duplicateRow: ({ taskId, unit }) =>
      `Công việc ${taskId} của "${unit}" xuất hiện nhiều lần; chỉ lấy hàng đầu tiên.`,
    unknownStatus: ({ text }) =>
      `Trạng thái "${text}" không hợp lệ (chọn: Chưa thực hiện, Đang thực hiện, Hoàn thành, Không thực hiện); giữ nguyên giá trị cũ.`,
    handTypedStatus: ({ text, status }) => `Trạng thái gõ tay "${text}" được hiểu là "${status}".`,
    badDate: ({ text }) =>
      `Ngày "${text}" không hợp lệ (cần dạng dd/mm/yyyy); giữ nguyên giá trị cũ.`,
    textDate: ({ text, date }) => `Ngày được gõ dưới dạng chữ "${text}"; đã hiểu là ${date}.`,
    formulaInCell: ({ formula }) =>
      `Ô chứa công thức "=${formula}"; chỉ lấy kết quả, không lấy công thức.`,
    olderReturn: ({ field, ours, theirs }) =>
      `Tệp này cũ hơn tệp đơn vị đã gửi sau đó: "${field}" ghi "${theirs}", giá trị đơn vị đã gửi trước rồi đổi thành "${ours}"; giữ "${ours}". Nếu đơn vị thật sự muốn đổi lại, hãy sửa trong sổ.`,
    conflict: ({ field, ours, theirs }) =>
      `Xung đột ở "${field}": văn phòng đã ghi "${ours}", đơn vị gửi "${theirs}"; giữ giá trị của văn phòng.`,
    unitsHeader: ({ names }) =>
      `Danh sách đơn vị thiếu cột: ${names} (cần: Mã, Tên đơn vị, Nhóm; tuỳ chọn: Email, Tên gọi khác, Khối thi đua, Vai trò trong khối).`,
    badUnitGroup: ({ text }) =>
      `Nhóm "${text}" không hợp lệ (dùng một trong: "Cấp huyện", "Đoàn trực thuộc", "Ban, Văn phòng", "Ban Thường vụ").`,
    badBlocRole: ({ text }) =>
      `Vai trò trong khối "${text}" không hợp lệ (để trống, hoặc ghi "Khối trưởng" hoặc "Khối phó").`,
    badUnitCode: ({ code }) =>
      `Mã đơn vị "${code}" không hợp lệ (chỉ dùng chữ, số, dấu gạch; tối đa 20 ký tự).`,
    duplicateUnit: ({ name, rows }) =>
      `Mã, tên hoặc tên gọi khác "${name}" dùng cho hai đơn vị (hàng ${rows.join(' và ')}); mỗi cái chỉ được chỉ một đơn vị.`,
    noUnits: () => 'Danh sách đơn vị trống.',
    unknownMappingTarget: ({ phrase, target }) =>
      `Ánh xạ của "${phrase}" ghi "${target}": không có đơn vị hay nhóm nào như vậy.`,
    unresolvedPhrase: ({ phrase, tasks }) =>
      `Chưa xác định được đơn vị cho "${phrase}" (công việc ${tasks}); hãy điền ở trang "Ánh xạ".`,
    unassignedTask: ({ id }) =>
      `Công việc ${id} chưa giao cho đơn vị nào nên chưa có hàng theo dõi.`,
    badThreshold: ({ text }) =>
      `Ngưỡng xếp loại "${text}" không hợp lệ (cần tỉ lệ từ 0% đến 100%, giảm dần); dùng ngưỡng mặc định.`,
    badCriteriaCell: ({ text, what }) =>
      `Ô này cần ${CRITERIA_FIELD_VI[what]}, đang ghi "${text}". Sửa ô này trên trang Tiêu chí.`,
    criteriaUnreadable: () =>
      'Không tìm thấy bảng tiêu chí (hàng tiêu đề "STT, Tiêu chí, Điểm tối đa, Cách chấm, …") hoặc bảng danh hiệu đề nghị trên trang Tiêu chí; hãy khôi phục tiêu đề, hoặc xoá trang để dùng tiêu chí mặc định.',
    duplicateCriterion: ({ name }) =>
      `Tiêu chí "${name}" ghi hai lần; mỗi tiêu chí một dòng, tên khác nhau.`,
    noCriteria: () => 'Trang Tiêu chí chưa có tiêu chí nào; cần ít nhất một tiêu chí để chấm điểm.',
    badHandScore: ({ text, criterion, max }) =>
      `Điểm "${text}" của tiêu chí "${criterion}" không hợp lệ: cần một số từ 0 đến ${String(max).replace('.', ',')}.`,
    badBonus: ({ text }) => `Điểm thưởng "${text}" không hợp lệ: cần một số không âm.`,
    handScoresDropped: ({ unit, names }) =>
      `Điểm đã nhập của "${unit}" ở cột ${names.map((n) => `"${n}"`).join(', ')} không còn được tính (không còn đơn vị hoặc tiêu chí này); lần ghi lại trang Chấm điểm sẽ bỏ các điểm đó.`,
    badAsOf: ({ text }) =>
      `Ngày báo cáo "${text}" không hợp lệ (cần dạng dd/mm/yyyy hoặc yyyy-mm-dd).`,
    duplicateColumn: ({ name, cells }) =>
      `Cột "${name}" xuất hiện nhiều lần (ô ${cells.join(', ')}): không biết lấy cột nào. Hãy xoá hoặc đổi tên cột thừa.`,
    rowWithoutKey: ({ row }) =>
      `Hàng ${row} có nội dung nhưng không có "Mã CV" và "Đơn vị", nên không biết thuộc công việc nào và sẽ bị mất khi ghi lại sổ. Hãy điền lại hai ô này hoặc chuyển nội dung sang nơi khác.`,
    unknownTask: ({ taskId }) =>
      `Mã CV "${taskId}" không có trong kế hoạch của sổ. Hãy sửa lại đúng mã công việc.`,
    taskMismatch: ({ taskId, field, found, expected }) =>
      `Mã CV ${taskId} không khớp với hàng: cột "${field}" ghi "${found}", trong khi công việc ${taskId} là "${expected}". Có thể mã đã bị đổi hoặc tráo với hàng khác; hãy sửa lại đúng mã.`,
    mergedCell: ({ range }) =>
      `Ô nằm trong vùng gộp ô ${range}: không lấy được giá trị; sổ giữ giá trị cũ. Hãy bỏ gộp ô (Unmerge) rồi gửi lại.`,
    errorValue: ({ text }) => `Ô chứa lỗi ${text}: không lấy giá trị này; sổ giữ giá trị cũ.`,
    formulaNoResult: ({ formula }) =>
      `Ô chứa công thức "=${formula}" nhưng chưa có kết quả (tệp chưa được tính lại): không lấy giá trị; sổ giữ giá trị cũ. Hãy nhập giá trị thay cho công thức.`,
    serialAsText: ({ text, date }) =>
      `Ngày "${text}" là một số (số sê-ri ${date}?), không phải ngày dạng dd/mm/yyyy; giữ nguyên giá trị cũ. Hãy gõ lại ngày.`,
    duplicateRows: ({ taskId, unit, rows, fields }) =>
      `Công việc ${taskId} của "${unit}" có ở ${rows.length} hàng (hàng ${rows.join(', ')}) với nội dung khác nhau (${fields.map((f) => `"${f}"`).join(', ')}). Hãy xoá hàng thừa; trong lúc chờ, sổ không được ghi lại và báo cáo chỉ tính hàng ${rows[0]}.`,
    duplicateRowsMerged: ({ taskId, unit, rows, kept }) =>
      `Công việc ${taskId} của "${unit}" có ở ${rows.length} hàng giống nhau (hàng ${rows.join(', ')}); chỉ tính một lần và gộp thành hàng ${kept} khi ghi lại sổ (ghi vào "Nhật ký").`,
    dateOutsideYear: ({ date, year, school }) =>
      school
        ? `Ngày hoàn thành ${date} không thuộc năm học của kế hoạch (${year} – ${year + 1}, kể cả dịp hè); hãy kiểm tra lại.`
        : `Ngày hoàn thành ${date} không thuộc năm của kế hoạch (${year}); hãy kiểm tra lại.`,
    dateAfterAsOf: ({ date, asOf }) =>
      `Ngày hoàn thành ${date} chưa tới (sau cả ngày báo cáo và hôm nay, ${asOf}); hãy kiểm tra lại.`,
    dateWithoutDone: ({ status, date }) =>
      `Trạng thái "${status}" nhưng có ngày hoàn thành ${date}; chỉ hàng "Hoàn thành" mới có ngày hoàn thành.`,
    doneWithoutDate: () =>
      '"Hoàn thành" nhưng chưa có ngày hoàn thành: không xác định được có trễ hạn không.',
    blankDateOverDone: ({ date }) =>
      `Ô ngày hoàn thành để trống trên hàng "Hoàn thành" mà sổ đã ghi ngày ${date}; sổ giữ ngày ${date}. Nếu ngày này sai, hãy gõ ngày đúng.`,
    blankOverDone: ({ date }) =>
      `Ô trạng thái để trống trên hàng sổ đã ghi "Hoàn thành"${date ? ` (ngày ${date})` : ''}; sổ giữ "Hoàn thành". Nếu công việc chưa xong, hãy chọn "Chưa thực hiện".`,
    archivedEntryRestored: ({ taskId, unit, entry }) =>
      `Công việc ${taskId} lại có hàng của "${unit}" ở trang "Theo dõi": mục đã nhập (${entry}) được đưa từ trang "Lưu trữ" về hàng này.`,
    archiveRowDeleted: ({ taskId, unit, entry }) =>
      `Hàng lưu trữ của công việc ${taskId}, đơn vị "${unit}" (đã nhập: ${entry}) không còn ở trang "Lưu trữ" (bị xoá?); mục này được ghi lại vào "Lưu trữ" khi ghi lại sổ.`,
    rowDeleted: ({ taskId, unit, entry }) =>
      `Hàng của công việc ${taskId}, đơn vị "${unit}" (đã nhập: ${entry}) không còn ở trang "Theo dõi" (bị xoá?); mục đã nhập được giữ ở trang "Lưu trữ" khi ghi lại sổ.`,
    unitFileAsBook: ({ unit }) =>
      `Tệp này là tệp của đơn vị "${unit}" (văn phòng gửi cho đơn vị), không phải sổ theo dõi của văn phòng. Hãy dùng sổ theo dõi; tệp đơn vị gửi lại thì gộp vào sổ.`,
    planIdentity: ({ book, plan }) =>
      `Kế hoạch mới (${plan}) không phải kế hoạch của sổ (${book}): khác số, năm hoặc cơ quan ban hành. Áp dụng sẽ chuyển các mục đã nhập sang kế hoạch khác; không áp dụng. Nếu đây đúng là kế hoạch sửa đổi của sổ, hãy dùng --force (hoặc xác nhận).`,
    unsealedFile: ({ unit }) =>
      `Tệp của "${unit}" được tạo trước khi sổ có khoá xác thực nên không kiểm tra được đơn vị gửi; vẫn gộp. Hãy chắc chắn tệp do đúng đơn vị này gửi.`,
    unverifiableIdentity: ({ unit }) =>
      `Thông tin nhận dạng của tệp đã bị sửa hoặc không xác thực được: tệp ghi là của "${unit}" nhưng không phải tệp văn phòng đã gửi cho đơn vị này; không gộp.`,
    forgedIdentity: ({ unit, issuedTo }) =>
      `Thông tin nhận dạng của tệp đã bị sửa: tệp ghi là của "${unit}" nhưng văn phòng đã gửi tệp này cho "${issuedTo}"; không gộp.`,
    refreshDuplicates: ({ rows }) =>
      `Trang "Theo dõi" có hàng trùng công việc và đơn vị (hàng ${rows.join(', ')}): công thức của báo cáo sẽ tính hai lần. Hãy xoá hàng thừa rồi làm mới báo cáo.`,
    extraColumnsIgnored: ({ names }) =>
      `Tệp gửi lại có thêm cột ${names}: chỉ gộp Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú; các cột này không được gộp.`,
    officeOnly: () => 'Chỉ Văn phòng (người quản lý sổ) được thực hiện việc này.',
    noUnitForUser: ({ email }) =>
      `Email ${email} chưa được gán cho đơn vị nào ở trang "Đơn vị". Hãy liên hệ Văn phòng.`,
    otherUnitRows: ({ units, own }) =>
      `Các hàng đang chọn có hàng của đơn vị khác (${units}); ${own} chỉ được cập nhật hàng của mình. Không ghi hàng nào.`,
    unknownUser: () =>
      'Không xác định được email của bạn; chỉ ghi được vào các ô bạn có quyền sửa.',
    notOnSheet: ({ sheets }) => `Hãy chọn các hàng ở trang ${sheets}.`,
    needsSpreadsheet: () =>
      'Việc này dùng các hàng đang chọn trong bảng tính, nên cần mở sổ trong Excel hoặc Google Sheets. Với tệp .xlsx, hãy nhập trực tiếp vào tệp rồi mở lại.',
    unknownTarget: ({ targets }) =>
      `Không có đơn vị hay nhóm ${targets} trong danh sách đơn vị: không giao việc nào. Hãy nhập mã đơn vị hoặc tên nhóm ở trang "Đơn vị".`,
    badRequest: ({ detail }) => `Dữ liệu gửi lên không hợp lệ: ${detail}.`,
    noTargets: () => 'Chưa nhập đơn vị hay nhóm nào để giao việc.',
  },
  cli: {
    parsed: ({ periods, tasks }) => `${periods} kỳ, ${tasks} công việc.`,
    account: {
      read: ({ unit, read, tables }) =>
        unit === 'lines'
          ? `Phần công việc: đã đọc ${read} dòng.`
          : `Bảng công việc: đã đọc ${read} hàng của ${tables} bảng.`,
      uses: {
        task: ({ n }) => `${n} công việc`,
        period: ({ n, unit }) => `${n} ${unit === 'lines' ? 'dòng' : 'hàng'} tiêu đề kỳ`,
        header: ({ n }) => `${n} hàng tiêu đề`,
        repeatedHeader: ({ n }) => `${n} hàng tiêu đề lặp lại`,
        columnNumbers: ({ n }) => `${n} hàng đánh số cột`,
        continuation: ({ n, unit }) =>
          `${n} ${unit === 'lines' ? 'dòng' : 'hàng'} tiếp theo của công việc phía trên`,
        groupHeading: ({ n, unit }) => `${n} ${unit === 'lines' ? 'dòng' : 'hàng'} tiêu đề nhóm`,
        pageMark: ({ n }) => `${n} dấu sang trang ("tiếp theo", số trang)`,
        blank: ({ n, unit }) => `${n} ${unit === 'lines' ? 'dòng' : 'hàng'} trống`,
      },
      skipped: ({ n, unit, reasons }) =>
        `${n} ${unit === 'lines' ? 'dòng' : 'hàng'} bỏ qua (${reasons}), xem các lưu ý ở trên`,
      reasons: {
        noContent: 'không có nội dung công việc',
        noTaskAbove: 'không có công việc phía trên để ghép vào',
        unusedColumnsOnly: 'chỉ có chữ ở cột không được đọc',
        aboveHeader: 'đứng trên hàng tiêu đề',
        betweenTables: 'đoạn văn giữa các bảng, không phải tiêu đề kỳ',
        beforeFirstTask: 'đứng trước công việc đầu tiên của kỳ',
        otherTable: 'thuộc bảng ở mục khác',
        totals: 'hàng tổng cộng',
      },
    },
    built: ({ file, periods, tasks, rows, units }) =>
      `Đã tạo ${file}: ${periods} kỳ, ${tasks} công việc, ${rows} hàng theo dõi cho ${units} đơn vị.`,
    unresolved: ({ count }) =>
      `${count} cụm từ chưa xác định được đơn vị: điền ở trang "Ánh xạ" rồi chạy update.`,
    split: ({ count, dir }) => `Đã tạo ${count} tệp đơn vị trong ${dir}.`,
    splitFile: ({ file, unit, rows }) => `  ${file}: ${unit}, ${rows} hàng`,
    consolidated: ({ file, merged, refused, applied, conflicts, rejected }) =>
      `Đã ghi ${file}: gộp ${merged} tệp (từ chối ${refused}); ${applied} thay đổi, ${conflicts} xung đột, ${rejected} bị từ chối.`,
    logLine: ({ unit, task, field, old, value, outcome }) =>
      `  [${outcome}] ${unit} ${task} ${field}: "${old}" → "${value}"`,
    logUnit: ({ unit, applied, conflicts, rejected }) =>
      `  ${unit}: ${applied} thay đổi, ${conflicts} xung đột, ${rejected} bị từ chối`,
    logFirst: ({ shown, total }) => `Nhật ký gộp có ${total} dòng; ${shown} dòng đầu:`,
    logRest: ({ more, file, log }) =>
      `  … và ${more} dòng nữa: đủ cả trong trang "Nhật ký" của ${file}${log ? ` và trong tệp ${log}` : ''}.`,
    nothingMerged: () => 'Không gộp được tệp nào; không ghi tệp kết quả.',
    updated: ({ file, version, kept, reworded, added, removed, archived }) =>
      `Đã ghi ${file} (phiên bản ${version}): giữ ${kept}, sửa lời ${reworded}, thêm ${added}, bỏ ${removed} công việc; ${archived} hàng chuyển sang "Lưu trữ".`,
    reportHeader: ({ asOf }) => `Báo cáo tính đến ngày ${asOf}`,
    reportTable: {
      period: 'Kỳ',
      tasks: 'CV',
      assigned: 'Giao',
      done: 'Xong',
      late: 'Trễ',
      overdue: 'Quá hạn',
      rate: 'Tỉ lệ',
      total: 'Tổng cộng',
      rank: 'Hạng',
      unit: 'Đơn vị',
      classification: 'Xếp loại',
      due: 'Đến hạn',
      doneOfDue: 'Xong/hạn',
      progress: 'Tiến độ',
      score: 'Điểm',
      proposal: 'Đề nghị',
      notRanked: 'Không xếp hạng (không thuộc khối thi đua)',
      lists: ({ overdue, late }) =>
        `Quá hạn chưa hoàn thành: ${overdue} · Hoàn thành trễ hạn: ${late}`,
    },
    // the workbook's own words: the log keeps them
    fields: { ...WB.fields },
    outcomes: {
      applied: 'Đã cập nhật',
      conflict: 'Xung đột',
      rejected: 'Từ chối',
      plan: 'Kế hoạch',
    },
    cannotWrite: ({ file, reason }) =>
      `Không ghi được tệp ${file} (${WRITE_REASONS[reason] ?? reason}). Tệp cũ (nếu có) vẫn giữ nguyên, không có tệp ghi dở nào để lại.`,
    backupKept: ({ file, backup }) => `Đã giữ bản sao của ${file} trước khi ghi: ${backup}.`,
    replacing: ({ file, why }) =>
      `Ghi đè ${file} (${why === 'notBook' ? 'tệp này không phải sổ theo dõi' : why === 'empty' ? 'tệp trống' : 'sổ chưa có mục nào đã nhập'}).`,
    splitReplacing: ({ file, why }) =>
      `  Thay ${file}: ${why === 'merged' ? 'các mục trong tệp đã có trong sổ' : 'tệp chưa có mục nào'}.`,
    help: CLI_HELP,
    reportWritten: ({ file }) => `Đã ghi bảng tổng hợp ${file}.`,
    reportDocWritten: ({ file }) =>
      `Đã ghi báo cáo ${file}: văn phòng viết thêm phần tồn tại, hạn chế và phương hướng (chỗ tô vàng).`,
  },
  pane: {
    built: ({ periods, tasks, rows, units }) =>
      `Đã tạo sổ theo dõi: ${periods} kỳ, ${tasks} công việc, ${rows} hàng cho ${units} đơn vị.`,
    refreshed: ({ asOf }) => `Đã làm mới báo cáo và tổng quan, tính đến ngày ${asOf}.`,
    updated: ({ version, kept, reworded, added, removed, archived }) =>
      `Đã áp dụng kế hoạch sửa đổi (phiên bản ${version}): giữ ${kept}, sửa lời ${reworded}, thêm ${added}, bỏ ${removed} công việc; ${archived} hàng chuyển sang "Lưu trữ".`,
    resynced: ({ added, archived }) =>
      `Đã cập nhật phân công: thêm ${added} hàng, chuyển ${archived} hàng sang "Lưu trữ".`,
    alreadyAssigned: ({ targets, tasks }) =>
      `${targets} đã được giao các công việc đang chọn (${tasks}): không thêm hàng nào, sổ giữ nguyên.`,
    marked: ({ rows }) => `Đã cập nhật ${rows} hàng.`,
    consolidated: ({ merged, refused, applied, conflicts, rejected }) =>
      `Đã gộp ${merged} tệp (từ chối ${refused}): ${applied} thay đổi, ${conflicts} xung đột, ${rejected} bị từ chối.`,
    nothingMerged: () => 'Không gộp được tệp nào; sổ giữ nguyên.',
    unitsSaved: ({ units }) => `Đã lưu danh sách ${units} đơn vị.`,
    split: ({ files }) => `Đã tạo ${files} tệp cho các đơn vị.`,
    summaryReady: () => 'Đã tạo bảng tổng hợp cho họp khối thi đua.',
    unresolved: ({ count }) =>
      `${count} cụm từ chưa xác định được đơn vị; hãy nhập đơn vị cho chúng ở phần "Cụm từ chưa xác định đơn vị".`,
    reportReady: ({ asOf }) => `Báo cáo tính đến ngày ${asOf}.`,
    reportDocReady: ({ asOf }) =>
      `Đã soạn báo cáo (.docx) tính đến ngày ${asOf}: văn phòng viết thêm phần tồn tại, hạn chế và phương hướng.`,
    myRowsSelected: ({ unit, rows }) => `Đã chọn ${rows} hàng của ${unit}.`,
    protectedAgain: () => 'Đã đặt lại bảo vệ các trang của sổ.',
    selectedRows: ({ rows, where, units }) =>
      `Đang chọn ${rows} hàng (hàng ${where} của trang "Theo dõi") của ${units}.`,
  },
  ui: {
    app: {
      host: {
        excel: 'Đang làm việc trong Excel',
        sheets: 'Đang làm việc trong Google Trang tính',
        file: 'Chế độ trình duyệt: sổ là một tệp .xlsx, giữ trong trình duyệt này',
      },
      who: {
        office: 'Văn phòng (người giữ sổ)',
        unit: ({ units }) => `Đơn vị: ${units}`,
        unitUnknown: 'Đơn vị (chưa tìm thấy email của bạn ở trang "Đơn vị")',
      },
      jobsTitle: 'Các việc',
      jobs: {
        plan: 'Tạo sổ từ kế hoạch',
        units: 'Đơn vị và phân công',
        mark: 'Cập nhật kết quả',
        merge: 'Gộp tệp đơn vị gửi lại',
        report: 'Báo cáo',
        update: 'Áp dụng kế hoạch sửa đổi',
        hints: {
          plan: 'Từ tệp kế hoạch (.docx, .txt, .xlsx, .csv) hoặc văn bản dán vào.',
          units: 'Danh sách đơn vị, cụm từ chưa rõ đơn vị, giao thêm việc.',
          mark: 'Ghi trạng thái, ngày hoàn thành, minh chứng cho các hàng đang chọn.',
          merge: 'Đưa kết quả trong tệp của các đơn vị vào sổ.',
          report: 'Số liệu theo kỳ và theo đơn vị, bảng tổng hợp, tệp cho đơn vị.',
          update: 'Kế hoạch có thay đổi: giữ nguyên kết quả đã nhập.',
        },
        planHint: 'Chọn tệp kế hoạch hoặc dán nội dung, rồi bấm "Tạo sổ theo dõi".',
      },
      back: '← Các việc',
      cancel: 'Huỷ',
      guide: {
        title: 'Bắt đầu trong ba bước',
        planTitle: 'Kế hoạch:',
        plan: 'chọn tệp kế hoạch (hoặc dán nội dung) để tạo sổ theo dõi.',
        unitsTitle: 'Đơn vị:',
        units: 'xem lại danh sách đơn vị và email của từng đơn vị, ánh xạ các cụm từ chưa rõ.',
        shareTitle: 'Chia sẻ:',
        share: {
          excel: 'gửi mỗi đơn vị tệp của mình (ở "Báo cáo"), rồi gộp các tệp họ gửi lại.',
          sheets:
            'chia sẻ trang tính này với email các đơn vị; mỗi đơn vị chỉ sửa được các hàng của mình.',
          file: 'tải sổ xuống, gửi mỗi đơn vị tệp của mình (ở "Báo cáo"), rồi gộp các tệp họ gửi lại.',
        },
        start: 'Bước 1: tạo sổ từ kế hoạch',
      },
      noBookYet:
        'Văn phòng chưa tạo sổ theo dõi. Khi sổ được tạo và chia sẻ, các hàng của đơn vị bạn sẽ hiện ở đây.',
      work: {
        unitTitle: ({ units }) => `Công việc của ${units}`,
        yourUnit: 'đơn vị bạn',
        officeTitle: 'Tiến độ chung của sổ',
        asOf: ({ today }) => `Tính đến hôm nay, ${today}`,
        rows: 'Số hàng',
        done: 'Đã xong',
        due: 'Còn hạn',
        overdue: 'Quá hạn',
        late: 'quá hạn',
        listTitle: 'Các hàng của đơn vị trên trang "Theo dõi"',
        columns: {
          row: 'Hàng',
          content: 'Nội dung công việc',
          deadline: 'Hạn',
          status: 'Trạng thái',
        },
      },
      plan: { nothing: 'Hãy chọn tệp kế hoạch hoặc dán nội dung kế hoạch trước.' },
      merge: { noFiles: 'Hãy chọn ít nhất một tệp .xlsx do đơn vị gửi lại.' },
      mark: {
        mine: 'Chọn các hàng của đơn vị tôi',
        preview: 'Xem các hàng đang chọn',
        confirm: 'Ghi kết quả vào các hàng này?',
        write: 'Ghi vào các hàng này',
      },
      units: {
        hint: 'Mở danh sách để xem, sửa, thêm đơn vị và email; lưu lại để cập nhật phân công.',
        load: 'Mở danh sách đơn vị',
        fromSheet: 'Lưu theo trang "Đơn vị"',
        remove: 'Bỏ đơn vị',
        noMappings: 'Chưa nhập đơn vị nào cho các cụm từ.',
        targets: 'Mã đơn vị hoặc tên nhóm',
        targetsPlaceholder: 'ví dụ: BLAC, Cấp huyện',
        assignHint:
          'Chọn các hàng của công việc ở trang "Theo dõi" hoặc "Tổng quan", nhập mã đơn vị hoặc nhóm (cách nhau bằng dấu phẩy), rồi bấm:',
        protectTitle: 'Bảo vệ các trang',
        protectHint: 'Đặt lại bảo vệ: mỗi đơn vị chỉ sửa được các ô kết quả của mình.',
        protect: 'Đặt lại bảo vệ',
      },
      result: { files: 'Tệp để tải về', problems: 'Cần xem lại', log: 'Nhật ký thay đổi' },
      log: {
        unit: 'Đơn vị',
        task: 'Mã CV',
        field: 'Cột',
        old: 'Giá trị cũ',
        value: 'Giá trị mới',
        outcome: 'Kết quả',
        outcomes: {
          applied: 'đã ghi',
          conflict: 'xung đột',
          rejected: 'từ chối',
          plan: 'theo kế hoạch',
        },
      },
      files: {
        choose: 'Chọn tệp…',
        chooseMany: 'Chọn các tệp…',
        noneChosen: 'Chưa chọn tệp nào',
        preparing: 'Đang chuẩn bị tệp…',
        download: ({ name }) => `Tải về ${name}`,
        downloadAll: 'Tải tất cả (.zip)',
        opened: ({ name }) => `Đã mở ${name} thành một sổ mới.`,
      },
      book: {
        title: 'Sổ đang làm việc',
        open: 'Mở sổ có sẵn (.xlsx)',
        download: 'Tải sổ xuống',
        none: 'Chưa có sổ: tạo sổ từ kế hoạch, hoặc mở một sổ có sẵn.',
        name: ({ name }) => `Sổ: ${name} (đã tải xuống)`,
        unsaved: ({ name }) => `Sổ: ${name} — có thay đổi chưa tải xuống`,
        opened: ({ name }) => `Đã mở sổ ${name}.`,
      },
      unexpected: ({ detail }) =>
        `Có lỗi không lường trước: ${detail}. Hãy thử lại; nếu lỗi lặp lại, hãy báo cho người hỗ trợ.`,
    },
    appName: 'Sổ Thi Đua',
    language: 'English',
    tabs: {
      plan: 'Kế hoạch',
      units: 'Đơn vị',
      mark: 'Cập nhật',
      merge: 'Gộp tệp',
      report: 'Báo cáo',
      update: 'Sửa đổi',
    },
    plan: {
      title: 'Tạo sổ theo dõi từ kế hoạch',
      pasteLabel: 'Dán nội dung kế hoạch',
      pastePlaceholder: 'Dán văn bản kế hoạch (từ Word) vào đây…',
      chooseFile: 'Chọn tệp .docx, .txt, .xlsx hoặc .csv',
      fromSelection: 'Đọc từ vùng đang chọn',
      fromSelectionHint:
        'Hoặc dán bảng kế hoạch (Stt, Nội dung công việc, Chỉ đạo thực hiện, Ghi chú) vào một trang tính, chọn bảng, rồi bấm:',
      mergesUnknown:
        'Phiên bản Excel này không cho biết ô nào được gộp trong vùng đã chọn, nên ô trống dưới một ô gộp có thể bị hiểu sai. Hãy kiểm tra đơn vị và thời gian của các công việc, hoặc bỏ gộp ô, điền đủ từng hàng rồi đọc lại.',
      mergesTooMany:
        'Vùng đã chọn có hơn 512 vùng ô gộp, nhiều hơn Excel cho đọc một lần, nên ô trống dưới một ô gộp có thể bị hiểu sai. Hãy chọn từng phần của bảng, hoặc bỏ gộp ô, điền đủ từng hàng rồi đọc lại.',
      build: 'Tạo sổ theo dõi',
      asOf: 'Ngày báo cáo',
    },
    units: {
      title: 'Danh sách đơn vị',
      code: 'Mã',
      name: 'Tên đơn vị',
      group: 'Nhóm',
      emails: 'Email',
      aliases: 'Tên gọi khác',
      add: 'Thêm đơn vị',
      save: 'Lưu danh sách',
      unresolvedTitle: 'Cụm từ chưa xác định đơn vị',
      mapTo: 'Ánh xạ tới (mã hoặc nhóm)',
      applyMappings: 'Áp dụng ánh xạ',
      assignTitle: 'Giao thêm đơn vị cho công việc đang chọn',
      assignSelected: 'Giao cho công việc đang chọn',
    },
    mark: {
      title: 'Cập nhật kết quả các hàng đang chọn',
      hint: 'Chọn các hàng ở trang "Theo dõi", rồi nhập kết quả.',
      status: 'Trạng thái',
      doneDate: 'Ngày hoàn thành',
      evidence: 'Minh chứng',
      note: 'Ghi chú',
      apply: 'Ghi vào các hàng đang chọn',
      clearDate: 'Xoá ngày hoàn thành',
      statusUnchanged: '(giữ nguyên)',
    },
    dates: {
      format: 'dd/mm/yyyy',
      invalid: ({ field, text }) =>
        `${field}: "${text}" không phải là ngày; hãy gõ ngày dạng dd/mm/yyyy (ví dụ 30/06/2014).`,
    },
    merge: {
      title: 'Gộp tệp đơn vị gửi lại',
      hint: 'Chọn các tệp .xlsx do đơn vị gửi lại (tạo bằng "Tải tệp cho đơn vị").',
      chooseFiles: 'Chọn tệp .xlsx',
      merge: 'Gộp vào sổ',
      logTitle: 'Nhật ký thay đổi',
    },
    report: {
      title: 'Báo cáo tổng hợp',
      refresh: 'Làm mới báo cáo',
      exportSummary: 'Xuất bảng tổng hợp (.xlsx)',
      downloadUnits: 'Tải tệp cho đơn vị',
      downloadDoc: 'Tải báo cáo (.docx)',
      show: 'Xem số liệu báo cáo',
      figuresAsOf: ({ asOf }) => `Số liệu tính đến ngày ${asOf}`,
      byPeriod: 'Theo kỳ',
      byUnit: 'Theo đơn vị',
      chartByPeriod: 'Tỉ lệ hoàn thành theo kỳ',
      chartByUnit: 'Tỉ lệ hoàn thành theo đơn vị',
      chartDescription: ({ bars }) => `Biểu đồ cột: ${bars}.`,
      overall: 'Cả năm',
      noRate: 'chưa giao',
      columns: {
        period: 'Kỳ',
        tasks: 'Số công việc',
        assigned: 'Được giao',
        done: 'Hoàn thành',
        late: 'Trễ hạn',
        overdue: 'Quá hạn',
        rate: 'Tỉ lệ',
        rank: 'Hạng',
        unit: 'Đơn vị',
        classification: 'Xếp loại',
        due: 'Đến hạn',
        doneOfDue: 'Hoàn thành (đến hạn)',
        progress: 'Tiến độ chung',
        score: 'Điểm',
        proposal: 'Đề nghị khen thưởng',
      },
      bloc: ({ name, head }) => (head ? `${name} (khối trưởng: ${head})` : name),
      notRanked: 'Không xếp hạng (không thuộc khối thi đua)',
      nothingDue: 'chưa đến hạn',
      chartBloc: ({ name }) => `Tỉ lệ hoàn thành việc đến hạn – ${name}`,
    },
    update: {
      title: 'Áp dụng kế hoạch sửa đổi',
      hint: 'Chọn kế hoạch sửa đổi; tiến độ đã nhập được giữ nguyên.',
      apply: 'Áp dụng',
    },
    mode: {
      excel: 'Đang chạy trong Excel',
      sheets: 'Đang chạy trong Google Trang tính',
      browser: 'Chế độ trình duyệt: làm việc với tệp .xlsx (không cần cài vào Excel)',
      officeTimeout: 'Không tải được Office. Đang dùng chế độ trình duyệt với tệp .xlsx.',
    },
    sheets: {
      menu: {
        title: 'Thi đua',
        open: 'Mở bảng điều khiển',
        refresh: 'Làm mới báo cáo',
        protect: 'Phân quyền theo đơn vị',
        myRows: 'Đến các hàng của đơn vị tôi',
      },
      sidebarTitle: 'Sổ Thi Đua',
      signedInAs: ({ email }) => `Đăng nhập: ${email}`,
      roleOffice: 'Văn phòng (toàn quyền)',
      roleUnit: ({ unit }) => `Đơn vị: ${unit}`,
      roleUnknown: 'Chưa xác định được tài khoản (tài khoản Gmail cá nhân)',
      protectTitle: 'Phân quyền cho đơn vị',
      protectHint:
        'Mỗi đơn vị chỉ sửa được các ô nhập của mình ở trang "Theo dõi", theo email ở trang "Đơn vị". Cần chia sẻ bảng tính (quyền chỉnh sửa) cho các email đó.',
      protect: 'Áp dụng phân quyền',
      unitsFromSheet: 'Lưu danh sách từ trang "Đơn vị"',
      unitsFromSheetHint: 'Sửa danh sách (cả email) ngay ở trang "Đơn vị", rồi bấm lưu.',
      myRows: 'Đến các hàng của đơn vị tôi',
      confirm: 'Đồng ý',
      cancel: 'Huỷ',
      batch: ({ batch, of, files }) => `Đang gộp đợt ${batch}/${of} (${files} tệp)…`,
      busy: 'Một người khác đang ghi vào bảng tính. Vui lòng thử lại sau ít phút.',
      protectedCells:
        'Bạn không có quyền sửa các ô này (đã được bảo vệ). Mỗi đơn vị chỉ sửa được hàng của mình; hãy liên hệ Văn phòng.',
      noEditAccess:
        'Tài khoản của bạn chỉ có quyền xem bảng tính này. Hãy đề nghị Văn phòng chia sẻ quyền chỉnh sửa.',
      partial: ({ done, failed }) =>
        `Ghi dở: đã ghi xong ${done}; chưa ghi xong ${failed}. Sổ được đánh dấu là chưa hoàn tất: hãy khôi phục phiên bản trước của tệp (Lịch sử phiên bản) rồi làm lại, để không mất mục nào đã nhập.`,
      protectionsStep: 'phân quyền',
      unexpected: ({ detail }) => `Lỗi không mong đợi: ${detail}`,
      callFailed: ({ why }) =>
        ({
          timeout:
            'Google Sheets không trả lời kịp (bảng tính lớn hoặc máy chủ đang bận), nên việc này có thể chưa xong. Hãy xem lại bảng tính rồi làm lại sau ít phút.',
          permission:
            'Google chưa cho Sổ Thi Đua làm việc này với tài khoản của bạn. Hãy đóng bảng điều khiển, mở lại từ menu Thi đua → Mở bảng điều khiển, và bấm Cho phép khi Google hỏi.',
          network:
            'Mất kết nối tới Google Sheets, nên việc này có thể chưa xong. Hãy kiểm tra mạng, xem lại bảng tính rồi làm lại.',
          busy: 'Google Sheets đang bận hoặc đã vượt giới hạn sử dụng, nên việc này chưa làm được. Hãy đợi ít phút rồi làm lại.',
          other:
            'Google Sheets báo lỗi nên việc này có thể chưa xong. Hãy xem lại bảng tính rồi làm lại; nếu lỗi lặp lại, hãy báo cho người hỗ trợ.',
        })[why],
      badReply: ({ detail }) =>
        `Không hiểu được câu trả lời của Google Sheets (${detail}); thao tác có thể đã được thực hiện: hãy xem lại bảng tính.`,
      batchFailed: ({ batch, of, files }) => `Đợt ${batch}/${of} chưa gộp được (các tệp ${files}).`,
      protections: ({ units, withoutEmail }) =>
        `Đã phân quyền cho ${units} đơn vị` +
        (withoutEmail > 0
          ? `; ${withoutEmail} đơn vị chưa có email (chỉ Văn phòng sửa được).`
          : '.'),
      notShared: ({ emails }) =>
        `Các email sau chưa được chia sẻ quyền chỉnh sửa bảng tính (phân quyền không tự chia sẻ tệp): ${emails}.`,
      filterViews: ({ count }) => `Đã tạo ${count} chế độ xem có lọc, mỗi đơn vị một chế độ.`,
      noFilterViews:
        'Chưa bật dịch vụ Google Sheets API nâng cao nên không tạo chế độ xem có lọc; mỗi đơn vị dùng "Đến các hàng của đơn vị tôi".',
      stamp: ({ email, at }) => `Cập nhật: ${email}, ${at}`,
      someone: 'không rõ',
    },
    working: 'Đang xử lý…',
    done: 'Xong',
    failed: 'Không thực hiện được',
    confirmNeeded: 'Cần xác nhận',
    cancelled: 'Đã huỷ',
    missingFeatures: ({ features }) =>
      `Phiên bản Excel này không hỗ trợ: ${features}. Sổ vẫn được tạo, nhưng thiếu các phần đó.`,
    confirmReplace: ({ entries }) =>
      `Sổ hiện có ${entries} mục đã nhập. Tạo lại sẽ xoá các mục này. Tiếp tục?`,
    confirmOtherPlan: ({ book, plan }) =>
      `Kế hoạch mới (${plan}) không phải kế hoạch của sổ (${book}). Áp dụng sẽ chuyển các mục đã nhập sang công việc của kế hoạch này. Vẫn áp dụng?`,
    applyAnyway: 'Vẫn áp dụng',
    confirmOverwriteSheets: ({ names }) =>
      `Bảng tính đã có trang ${names} không phải của Sổ Thi Đua. Tạo sổ sẽ ghi đè các trang này. Tiếp tục?`,
    buildAgain: 'Tạo lại (xoá các mục đã nhập)',
    overwriteSheets: 'Vẫn tạo sổ (ghi đè các trang này)',
    excel: {
      jobs: 'Công việc',
      loading: 'Đang chờ Office…',
      or: 'hoặc',
      planFile: 'Tệp kế hoạch',
      replace: 'Tạo lại (xoá các mục đã nhập)',
      cancel: 'Huỷ',
      openBook: 'Mở sổ theo dõi (.xlsx)',
      openBookHint:
        'Sổ được giữ trong trình duyệt này, cả khi đóng trang; hãy tải sổ về để có tệp lưu riêng.',
      bookOpen: ({ name }) => `Đang mở: ${name}`,
      noBookOpen: 'Chưa mở sổ nào: hãy tạo sổ từ kế hoạch hoặc mở một tệp .xlsx.',
      downloads: 'Tệp để tải về',
      download: ({ name }) => `Tải về ${name}`,
      downloadAll: 'Tải tất cả (.zip)',
      summaryOpened:
        'Đã mở bảng tổng hợp trong một sổ Excel mới (có thể cần cho phép cửa sổ bật lên).',
      loadUnits: 'Đọc danh sách từ sổ',
      remove: 'Xoá',
      noPhrases: 'Mọi cụm từ trong kế hoạch đều đã có đơn vị.',
      targets: 'Đơn vị hoặc nhóm (mã, cách nhau bởi dấu ;)',
      targetsPlaceholder: 'VD: BTV; Cấp huyện',
      assignHint:
        'Chọn các hàng của công việc ở trang "Theo dõi" hoặc "Tổng quan", nhập đơn vị hoặc nhóm, rồi bấm:',
      needsExcel:
        'Ở chế độ trình duyệt không có ô nào đang được chọn, nên không làm được việc này ở đây. Hãy mở sổ trong Excel, hoặc nhập trực tiếp vào tệp .xlsx rồi mở lại.',
      notKept:
        'Trình duyệt này không cho trang giữ sổ (bộ nhớ bị chặn hoặc đã đầy). Bạn vẫn làm việc được: hãy tải sổ về để giữ.',
      problems: 'Cần lưu ý',
      log: {
        unit: 'Đơn vị',
        task: 'Mã CV',
        field: 'Nội dung',
        old: 'Giá trị cũ',
        value: 'Giá trị mới',
        outcome: 'Kết quả',
      },
      outcomes: {
        applied: 'Đã nhận',
        conflict: 'Xung đột',
        rejected: 'Từ chối',
        plan: 'Kế hoạch',
      },
      features: {
        validation: 'danh sách chọn trạng thái và kiểm tra ngày (cần Excel 2019 trở lên)',
        print: 'thiết lập in A4 khổ ngang (cần Excel 2021 trở lên)',
        autoFilter: 'nút lọc (cần Excel 2021 trở lên)',
        freeze: 'cố định hàng tiêu đề (cần Excel 2019 trở lên)',
        conditionalFormats: 'tô màu theo trạng thái (cần Excel 2019 trở lên)',
        protection: 'khoá các ô không được sửa (cần Excel 2019 trở lên)',
        merges: 'gộp ô (cần Excel 2019 trở lên)',
        hiddenSheets: 'ẩn trang thông tin nhận dạng của sổ (cần Excel 2019 trở lên)',
        columnWidths: 'độ rộng cột (cần Excel 2019 trở lên)',
        tabColor: 'màu thẻ trang tính (cần Excel 2019 trở lên)',
        charts: 'biểu đồ tỉ lệ hoàn thành theo đơn vị (cần Excel 2019 trở lên)',
      },
      errors: {
        AccessDenied:
          'Excel không cho phép thao tác này: sổ đang ở chế độ chỉ đọc, hoặc có người khác đang sửa.',
        BadPassword:
          'Một trang tính của sổ được khoá bằng mật khẩu. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi làm lại.',
        ApiNotFound: 'Phiên bản Excel này thiếu một tính năng cần cho thao tác này.',
        ItemNotFound:
          'Không tìm thấy một trang tính của sổ (đã đổi tên hoặc xoá?). Hãy đặt lại đúng tên.',
        InvalidSelection: 'Hãy chọn một vùng ô liền nhau.',
        PayloadTooLarge: 'Dữ liệu quá lớn cho một lần gửi tới Excel. Hãy chọn ít hàng hơn.',
        other: ({ code, message }) => `Excel báo lỗi ${code}: ${message}`,
      },
      partial: ({ sheets }) =>
        `Sổ có thể mới được ghi một phần (trang: ${sheets}) và được đánh dấu là chưa hoàn tất. Hãy khôi phục phiên bản trước của tệp (Tệp › Thông tin › Lịch sử phiên bản) rồi làm lại thao tác, để không mất mục nào đã nhập.`,
      unexpected: ({ detail }) => `Lỗi không mong đợi: ${detail}`,
    },
  },
  location: (at) => {
    const parts: string[] = [];
    if (at.file) parts.push(`tệp ${at.file}`);
    if (at.sheet) parts.push(`trang tính "${at.sheet}"`);
    if (at.cell) parts.push(`ô ${at.cell}`);
    // a line of a sheet is what Excel calls a row (hàng)
    if (at.line !== undefined) parts.push(`${at.sheet ? 'hàng' : 'dòng'} ${at.line}`);
    if (at.table !== undefined) parts.push(`bảng công việc thứ ${at.table}`);
    if (at.tableRow !== undefined)
      parts.push(
        at.table !== undefined ? `hàng ${at.tableRow}` : `bảng công việc, hàng ${at.tableRow}`,
      );
    if (at.tableCell !== undefined) parts.push(`cột ${at.tableCell}`);
    return parts.join(', ');
  },
  severity: { error: 'Lỗi', warning: 'Lưu ý' },
  grouped: ({ count, places, more }) =>
    `… và ${int(count)} chỗ khác cùng loại: ${places}${more > 0 ? ` (và ${int(more)} chỗ nữa)` : ''}.`,
};
