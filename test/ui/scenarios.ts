/**
 * The scenario table of the one UI: each step is who is using the book, what they do in the page
 * (by its visible Vietnamese labels) and what must then be visible. The same table runs on every
 * host through its adapter (run-scenarios.ts); a scenario that cannot apply to a host says why.
 * The dates are those of the host's clock in the tests: 15/07/2014, in the sample plan's year.
 */
import { SAMPLE_REPORT } from '../helpers/sample-report';
import { DISTRICT, NOT_A_WORKBOOK, type Scenario, type Step } from './scenario';

const office = (s: Omit<Step, 'who'>): Step => ({ who: 'office', ...s });
const district = (s: Omit<Step, 'who'>): Step => ({ who: 'district', ...s });

const BUILT = 'Đã tạo sổ theo dõi: 4 kỳ, 30 công việc, 410 hàng cho 22 đơn vị.';

/** The office makes the book from the sample plan (pasted), and goes back to the jobs. */
const BUILD: Step[] = [
  office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
  office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
  office({ do: { click: 'Tạo sổ theo dõi' }, see: [BUILT], focused: 'Xong' }),
  office({ do: { click: '← Các việc' } }),
];

/** What a district must never be offered: the office's jobs and commands. */
const OFFICE_ONLY = [
  'Tạo sổ từ kế hoạch',
  'Tạo sổ theo dõi',
  'Đọc từ vùng đang chọn',
  'Đơn vị và phân công',
  'Mở danh sách đơn vị',
  'Giao cho công việc đang chọn',
  'Đặt lại bảo vệ',
  'Gộp tệp đơn vị gửi lại',
  'Gộp vào sổ',
  'Xuất bảng tổng hợp (.xlsx)',
  'Làm mới báo cáo',
  'Tải tệp cho đơn vị',
  'Áp dụng kế hoạch sửa đổi',
];

/** A plan as an office types it into a sheet: title, header, periods, tasks. */
const PASTED_PLAN = [
  ['TỈNH ĐOÀN CAO BẰNG', '', '', ''],
  ['KẾ HOẠCH Công tác thi đua, khen thưởng năm 2014', '', '', ''],
  ['Stt', 'Nội dung công việc', 'Chỉ đạo thực hiện', 'Ghi chú'],
  ['I', 'QUÝ I/2014', '', ''],
  ['1', 'Tổng kết công tác năm 2013', 'Các huyện, thành Đoàn', ''],
  ['2', 'Phát động thi đua năm 2014', 'Ban Thường vụ', ''],
  ['II', 'QUÝ II/2014', '', ''],
  ['1', 'Sơ kết 6 tháng', 'Các huyện, thành Đoàn', ''],
];

/** A plan whose twelve tasks of Quý I all have the number 1: twelve warnings of one kind. */
const RENUMBERED_PLAN = [
  ['KẾ HOẠCH Công tác thi đua, khen thưởng năm 2014'],
  ['Stt', 'Nội dung công việc', 'Chỉ đạo thực hiện', 'Ghi chú'],
  ['I', 'QUÝ I/2014'],
  ['1', 'Tổng kết công tác năm 2013', 'Các huyện, thành Đoàn', ''],
  ...Array.from({ length: 12 }, (_, k) => [
    '1',
    `Hội nghị chuyên đề số ${k + 1}`,
    'Ban Thường vụ',
    '',
  ]),
]
  .map((r) => r.join('\t'))
  .join('\n');

/** Said once in browser mode where the browser keeps nothing for the page. */
const NOT_KEPT =
  'Trình duyệt này không cho trang giữ sổ (bộ nhớ bị chặn hoặc đã đầy). Bạn vẫn làm việc được: hãy tải sổ về để giữ.';

const BAD_DONE_DATE =
  'Ngày hoàn thành: "31/02/2014" không phải là ngày; hãy gõ ngày dạng dd/mm/yyyy (ví dụ 30/06/2014).';

const SUMMARY_OPENED = 'Đã mở tong-hop-hop-khoi.xlsx thành một sổ mới.';

const NO_SELECTION = 'browser mode works on an .xlsx file: it has no selected rows';
const NO_UNITS =
  'only Google Sheets knows who signs in: in Excel and in browser mode the pane is the office’s (a district marks its own .xlsx copy, which the office merges)';

export const SCENARIOS: Scenario[] = [
  {
    name: 'first run: the three steps, then the book from the plan',
    steps: [
      office({
        see: ['Bắt đầu trong ba bước', 'Kế hoạch:', 'Đơn vị:', 'Chia sẻ:'],
        buttons: ['Bước 1: tạo sổ từ kế hoạch'],
      }),
      office({ do: { click: 'Bước 1: tạo sổ từ kế hoạch' }, focused: 'Tạo sổ từ kế hoạch' }),
      office({
        do: { click: 'Tạo sổ theo dõi' },
        see: ['Hãy chọn tệp kế hoạch hoặc dán nội dung kế hoạch trước.'],
      }),
      office({ do: { fill: 'Dán nội dung kế hoạch', text: '  \n\t ' } }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: ['Không thực hiện được'], accessible: true }),
      office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
      office({ do: { fill: 'Ngày báo cáo', text: '31/6/2014' } }),
      office({
        do: { click: 'Tạo sổ theo dõi' },
        see: ['Ngày báo cáo: "31/6/2014" không phải là ngày'],
      }),
      office({ do: { fill: 'Ngày báo cáo', text: '30/6/2014' } }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: [BUILT], focused: 'Xong' }),
      office({
        do: { click: '← Các việc' },
        notSee: ['Bắt đầu trong ba bước'],
        see: ['Tiến độ chung của sổ', '410 Số hàng', '0 Đã xong'],
        focused: 'Tạo sổ từ kế hoạch',
      }),
    ],
  },
  {
    name: 'building over a book with entries asks first; Escape keeps the book',
    skip: { hosts: ['file'], why: NO_SELECTION },
    steps: [
      ...BUILD,
      office({ do: { select: { sheet: 'Theo dõi', unit: DISTRICT.name, count: 2 } } }),
      office({ do: { click: 'Cập nhật kết quả' } }),
      office({ do: { choose: 'Trạng thái', option: 'Hoàn thành' } }),
      office({
        do: { click: 'Ghi vào các hàng đang chọn' },
        see: [`của ${DISTRICT.name}. Ghi kết quả vào các hàng này?`],
        focused: 'Huỷ',
      }),
      office({ do: { click: 'Ghi vào các hàng này' }, see: ['Đã cập nhật 2 hàng.'] }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: ['Cần xác nhận', 'có 2 mục đã nhập'] }),
      office({
        do: { key: 'Escape' },
        see: ['Đã huỷ'],
        notSee: [BUILT],
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 1,
            column: 'Trạng thái',
            value: 'Hoàn thành',
          },
        ],
      }),
      // the question by keyboard: its safe answer first, the other one step back
      office({ do: { click: 'Tạo sổ theo dõi' }, focused: 'Huỷ', accessible: true }),
      office({ do: { key: 'Shift+Tab' }, focused: 'Tạo lại (xoá các mục đã nhập)' }),
      office({
        do: { key: 'Enter' },
        see: [BUILT],
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 1,
            column: 'Trạng thái',
            value: 'Chưa thực hiện',
          },
        ],
      }),
    ],
  },
  {
    name: 'the office keeps the units: list, phrases, assignment (a code that is no unit refused), protection',
    skip: { hosts: ['file'], why: NO_SELECTION },
    steps: [
      ...BUILD,
      office({ do: { click: 'Đơn vị và phân công' } }),
      office({
        do: { click: 'Mở danh sách đơn vị' },
        see: [
          '2 cụm từ chưa xác định được đơn vị; hãy nhập đơn vị cho chúng ở phần "Cụm từ chưa xác định đơn vị".',
        ],
        accessible: true,
      }),
      office({ do: { click: 'Lưu danh sách' }, see: ['Đã lưu danh sách 24 đơn vị.'] }),
      office({ do: { fill: 'Các đ/c phụ trách công tác TĐKT (2014-Q1-05)', text: 'BTV' } }),
      office({
        do: { click: 'Áp dụng ánh xạ' },
        see: ['Đã cập nhật phân công: thêm 1 hàng, chuyển 0 hàng sang "Lưu trữ".'],
      }),
      office({ do: { select: { sheet: 'Theo dõi', unit: DISTRICT.name, count: 1 } } }),
      office({ do: { fill: 'Mã đơn vị hoặc tên nhóm', text: 'BTV, XYZ' } }),
      office({
        do: { click: 'Giao cho công việc đang chọn' },
        see: [
          'Không có đơn vị hay nhóm "XYZ" trong danh sách đơn vị: không giao việc nào.',
          'Không thực hiện được',
        ],
        notSee: ['thêm 0 hàng'],
      }),
      office({ do: { fill: 'Mã đơn vị hoặc tên nhóm', text: 'BLAC' } }),
      office({
        do: { click: 'Giao cho công việc đang chọn' },
        see: [
          '"BLAC" đã được giao các công việc đang chọn (2014-Q1-01): không thêm hàng nào, sổ giữ nguyên.',
        ],
      }),
      office({ do: { fill: 'Mã đơn vị hoặc tên nhóm', text: 'TG' } }),
      office({
        do: { click: 'Giao cho công việc đang chọn' },
        see: ['Đã cập nhật phân công: thêm 1 hàng, chuyển 0 hàng sang "Lưu trữ".'],
      }),
      office({ do: { click: 'Lưu theo trang "Đơn vị"' }, see: ['Đã lưu danh sách 24 đơn vị.'] }),
      office({ do: { click: 'Đặt lại bảo vệ' }, see: ['Đã đặt lại bảo vệ các trang của sổ.'] }),
    ],
  },
  {
    name: 'a plan table typed in a sheet and selected becomes the book',
    skip: { hosts: ['file'], why: NO_SELECTION },
    steps: [
      office({ do: { paste: { sheet: 'Kế hoạch dán', rows: PASTED_PLAN } } }),
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({
        do: { click: 'Đọc từ vùng đang chọn' },
        see: ['Đã tạo sổ theo dõi: 2 kỳ, 3 công việc, 27 hàng cho 14 đơn vị.'],
      }),
    ],
  },
  {
    name: 'the report shown, with the summary beside it; unit files out and merged back; the amended plan',
    steps: [
      ...BUILD,
      office({ do: { click: 'Báo cáo' } }),
      office({
        do: { click: 'Xem số liệu báo cáo' },
        see: [
          'Báo cáo tính đến ngày',
          'Số liệu tính đến ngày',
          'Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố',
        ],
      }),
      office({ do: { fill: 'Ngày báo cáo', text: '30/9/2014' } }),
      office({
        do: { click: 'Xuất bảng tổng hợp (.xlsx)' },
        see: [
          'Đã tạo bảng tổng hợp cho họp khối thi đua.',
          'Tải về tong-hop-hop-khoi.xlsx',
          'Số liệu tính đến ngày 30/09/2014',
        ],
      }),
      // Excel (ExcelApi 1.8) opens it as a new workbook too, where a link may do nothing (Mac)
      office({ on: ['excel'], see: [SUMMARY_OPENED], opened: 1 }),
      office({ on: ['sheets', 'file'], notSee: [SUMMARY_OPENED], opened: 0 }),
      office({
        do: { click: 'Làm mới báo cáo' },
        see: ['Đã làm mới báo cáo và tổng quan, tính đến ngày 30/09/2014.'],
      }),
      office({
        do: { click: 'Tải tệp cho đơn vị' },
        see: ['Đã tạo 22 tệp cho các đơn vị.', 'Tải tất cả (.zip)'],
      }),
      office({ do: { download: 'Tải về BLAC-huyen-doan-bao-lac.xlsx' } }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Gộp tệp đơn vị gửi lại' } }),
      office({
        do: { click: 'Gộp vào sổ' },
        see: ['Hãy chọn ít nhất một tệp .xlsx do đơn vị gửi lại.'],
      }),
      office({
        do: {
          upload: 'Chọn tệp .xlsx',
          files: [{ downloaded: 'BLAC-huyen-doan-bao-lac.xlsx' }, { fixture: 'notAWorkbook' }],
        },
      }),
      // the file that is not a workbook is refused by its name; the good one is merged
      office({
        do: { click: 'Gộp vào sổ' },
        see: ['Đã gộp 1 tệp (từ chối 1)', NOT_A_WORKBOOK],
        accessible: true,
      }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Áp dụng kế hoạch sửa đổi' } }),
      office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
      office({ do: { click: 'Áp dụng' }, see: ['Đã áp dụng kế hoạch sửa đổi'] }),
    ],
  },
  {
    name: 'a district sees its own work first, sees the rows before marking, and none of the office jobs',
    skip: { hosts: ['file', 'excel'], why: NO_UNITS },
    steps: [
      ...BUILD,
      district({
        see: [
          `Đơn vị: ${DISTRICT.name} · ${DISTRICT.email}`,
          `Công việc của ${DISTRICT.name}`,
          'Tính đến hôm nay, 15/07/2014',
          '20 Số hàng 0 Đã xong 6 Còn hạn 14 Quá hạn',
        ],
        buttons: ['Cập nhật kết quả', 'Báo cáo'],
        noButtons: OFFICE_ONLY,
      }),
      district({ do: { click: 'Cập nhật kết quả' } }),
      district({
        do: { click: 'Chọn các hàng của đơn vị tôi' },
        see: [`Đã chọn 20 hàng của ${DISTRICT.name}.`],
      }),
      district({ do: { click: 'Xem các hàng đang chọn' }, see: ['Đang chọn'] }),
      district({ do: { click: 'Ghi vào các hàng đang chọn' }, see: ['Chưa nhập gì để ghi'] }),
      district({ do: { choose: 'Trạng thái', option: 'Hoàn thành' } }),
      district({ do: { fill: 'Ngày hoàn thành', text: '10/7/2014' } }),
      district({
        do: { click: 'Ghi vào các hàng đang chọn' },
        see: ['Ghi kết quả vào các hàng này?'],
      }),
      district({
        do: { key: 'Escape' },
        see: ['Đã huỷ'],
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Trạng thái',
            value: 'Chưa thực hiện',
          },
        ],
      }),
      district({ do: { click: 'Ghi vào các hàng đang chọn' } }),
      district({
        do: { click: 'Ghi vào các hàng này' },
        see: ['Đã cập nhật 20 hàng.'],
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Trạng thái',
            value: 'Hoàn thành',
          },
        ],
      }),
      district({ do: { select: { sheet: 'Theo dõi', unit: 'Huyện Đoàn Trùng Khánh', count: 1 } } }),
      district({
        do: { click: 'Ghi vào các hàng đang chọn' },
        see: ['của Huyện Đoàn Trùng Khánh. Ghi kết quả vào các hàng này?'],
      }),
      district({
        do: { click: 'Ghi vào các hàng này' },
        see: ['Các hàng đang chọn có hàng của đơn vị khác (Huyện Đoàn Trùng Khánh)'],
      }),
      district({ do: { click: '← Các việc' }, see: ['20 Đã xong'] }),
      district({ do: { click: 'Báo cáo' } }),
      district({ do: { click: 'Xem số liệu báo cáo' }, see: ['Số liệu tính đến ngày'] }),
    ],
  },
  {
    name: 'at 320 px the jobs are a list and wide tables scroll in their own box',
    steps: [
      office({ do: { width: 320 }, fits: 320 }),
      ...BUILD,
      office({ fits: 320, buttons: ['Báo cáo'] }),
      office({ do: { click: 'Báo cáo' } }),
      office({
        do: { click: 'Xem số liệu báo cáo' },
        see: ['Tỉ lệ hoàn thành việc đến hạn – Khối huyện, thành phố'],
        fits: 320,
      }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Đơn vị và phân công' } }),
      office({ do: { click: 'Mở danh sách đơn vị' }, fits: 320 }),
    ],
  },
  {
    name: 'a district at 320 px',
    skip: { hosts: ['file', 'excel'], why: NO_UNITS },
    steps: [
      ...BUILD,
      // its rows as cards, not a table wider than the page
      district({
        do: { width: 320 },
        see: [`Công việc của ${DISTRICT.name}`, 'Tổng kết công tác thi đua, khen thưởng năm 2013.'],
        notSee: ['Nội dung công việc'],
        fits: 320,
        accessible: true,
      }),
    ],
  },
  {
    name: 'English, once chosen, is remembered after a reload; dates stay dd/mm/yyyy',
    steps: [
      office({
        do: { click: 'English' },
        see: ['Start in three steps', 'Jobs'],
        buttons: ['Tiếng Việt'],
      }),
      office({
        do: { reload: true },
        see: ['Start in three steps'],
        buttons: ['Make the book from the plan'],
      }),
      office({ do: { click: 'Make the book from the plan' } }),
      office({ do: { fill: 'Report date', text: '7/4/2014' } }),
      office({
        do: { click: 'Build the workbook' },
        see: ['Choose a plan file or paste the plan text first.'],
      }),
      office({ do: { click: 'Tiếng Việt' }, see: ['Tạo sổ từ kế hoạch'] }),
      office({ do: { reload: true }, see: ['Bắt đầu trong ba bước'] }),
    ],
  },
  {
    name: 'every job by keyboard; Escape leaves a job',
    steps: [
      office({ do: { key: 'Tab' }, focused: 'English' }),
      office({ do: { focus: 'Bước 1: tạo sổ từ kế hoạch' } }),
      office({ do: { key: 'Enter' }, focused: 'Tạo sổ từ kế hoạch' }),
      office({
        do: { key: 'Escape' },
        focused: 'Tạo sổ từ kế hoạch',
        see: ['Bắt đầu trong ba bước'],
      }),
      office({
        do: { key: 'Enter' },
        focused: 'Tạo sổ từ kế hoạch',
        notSee: ['Bắt đầu trong ba bước'],
      }),
      office({ do: { key: 'Tab' } }),
      office({ do: { key: 'Tab' } }),
      office({ do: { key: 'Enter' }, see: ['Dán nội dung kế hoạch'] }),
      office({ do: { focus: 'Tạo sổ theo dõi' } }),
      office({
        do: { key: 'Enter' },
        see: ['Hãy chọn tệp kế hoạch hoặc dán nội dung kế hoạch trước.'],
        focused: 'Không thực hiện được',
      }),
    ],
  },
  {
    name: 'browser mode keeps the book: built from a plan file, kept over a reload, downloaded at 320 px, opened again',
    skip: { hosts: ['excel', 'sheets'], why: 'a sheet host has no book file to download' },
    steps: [
      office({
        do: { width: 320 },
        see: ['Chưa có sổ: tạo sổ từ kế hoạch, hoặc mở một sổ có sẵn.'],
      }),
      // the plan as a file this time (read in the page)
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({
        do: { upload: 'Chọn tệp .docx, .txt, .xlsx hoặc .csv', files: [{ fixture: 'samplePlan' }] },
      }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: [BUILT] }),
      office({ do: { click: '← Các việc' } }),
      office({
        see: ['Sổ: so-theo-doi-2014.xlsx — có thay đổi chưa tải xuống'],
        buttons: ['Tải sổ xuống'],
        fits: 320,
      }),
      // the book is kept in the browser between visits, its changes not yet downloaded
      office({
        do: { reload: true },
        see: ['Sổ: so-theo-doi-2014.xlsx — có thay đổi chưa tải xuống', '410 Số hàng'],
      }),
      office({
        do: { download: 'Tải sổ xuống' },
        see: ['Sổ: so-theo-doi-2014.xlsx (đã tải xuống)'],
      }),
      office({
        do: { upload: 'Mở sổ có sẵn (.xlsx)', files: [{ downloaded: 'so-theo-doi-2014.xlsx' }] },
        see: ['Đã mở sổ so-theo-doi-2014.xlsx.', '410 Số hàng'],
      }),
    ],
  },
  {
    name: 'Excel before 2019 (ExcelApi 1.7): the book is built and the note says in plain words what it lacks; the summary is a file to download',
    skip: { hosts: ['sheets', 'file'], why: 'ExcelApi sets are Excel’s' },
    setup: { excelApi: '1.7' },
    steps: [
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
      office({
        do: { click: 'Tạo sổ theo dõi' },
        see: [
          BUILT,
          'Phiên bản Excel này không hỗ trợ: danh sách chọn trạng thái và kiểm tra ngày (cần Excel 2019 trở lên)',
          'nút lọc (cần Excel 2021 trở lên)',
          'Sổ vẫn được tạo, nhưng thiếu các phần đó.',
        ],
        notSee: ['ExcelApi', 'API', 'office.js'],
      }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Báo cáo' } }),
      office({
        do: { click: 'Xuất bảng tổng hợp (.xlsx)' },
        see: ['Đã tạo bảng tổng hợp cho họp khối thi đua.', 'Tải về tong-hop-hop-khoi.xlsx'],
        notSee: [SUMMARY_OPENED],
        opened: 0,
      }),
      office({ do: { download: 'Tải về tong-hop-hop-khoi.xlsx' } }),
    ],
  },
  {
    name: 'where the browser keeps nothing for the page: the language still switches; browser mode says once that it cannot keep the book, and work goes on',
    setup: { storageBlocked: true },
    steps: [
      office({ do: { click: 'English' }, see: ['Start in three steps'] }),
      office({ do: { click: 'Tiếng Việt' }, see: ['Bắt đầu trong ba bước'] }),
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: [BUILT] }),
      office({ on: ['file'], see: [NOT_KEPT] }),
      office({ on: ['excel', 'sheets'], notSee: [NOT_KEPT] }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Báo cáo' } }),
      office({ do: { fill: 'Ngày báo cáo', text: '30/6/2014' } }),
      office({
        do: { click: 'Làm mới báo cáo' },
        see: ['Đã làm mới báo cáo và tổng quan, tính đến ngày 30/06/2014.'],
        notSee: [NOT_KEPT],
      }),
      office({
        on: ['file'],
        do: { download: 'Tải sổ xuống' },
        see: ['Sổ: so-theo-doi-2014.xlsx (đã tải xuống)'],
      }),
      office({
        on: ['file'],
        do: { upload: 'Mở sổ có sẵn (.xlsx)', files: [{ downloaded: 'so-theo-doi-2014.xlsx' }] },
        see: ['Đã mở sổ so-theo-doi-2014.xlsx.'],
      }),
      office({ on: ['file'], do: { click: '← Các việc' }, see: ['410 Số hàng'] }),
    ],
  },
  {
    name: 'many problems of one kind are one line: the first in full, then how many more and where',
    steps: [
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({ do: { fill: 'Dán nội dung kế hoạch', text: RENUMBERED_PLAN } }),
      office({
        do: { click: 'Tạo sổ theo dõi' },
        see: [
          'Đã tạo sổ theo dõi: 1 kỳ, 13 công việc',
          'Lưu ý (dòng 5): Số thứ tự 1 xuất hiện nhiều lần trong kỳ "QUÝ I/2014".',
          '… và 11 chỗ khác cùng loại: dòng 6, dòng 7, dòng 8, dòng 9, dòng 10, dòng 11, dòng 12, dòng 13, dòng 14, dòng 15 (và 1 chỗ nữa).',
        ],
        notSee: ['Lưu ý (dòng 6)', 'Lưu ý (dòng 16)'],
      }),
    ],
  },
  {
    name: 'a call the server never answers (Apps Script times out, the connection drops) is said in plain words, and the page goes on',
    skip: { hosts: ['excel', 'file'], why: 'only the sidebar calls a server (google.script.run)' },
    steps: [
      ...BUILD,
      office({ do: { click: 'Báo cáo' } }),
      office({
        do: {
          serverFails:
            'Exception: Service Spreadsheets timed out while accessing document with id 1AbCdEfGh.',
        },
      }),
      office({
        do: { click: 'Xem số liệu báo cáo' },
        see: [
          'Không thực hiện được',
          'Google Sheets không trả lời kịp (bảng tính lớn hoặc máy chủ đang bận), nên việc này có thể chưa xong. Hãy xem lại bảng tính rồi làm lại sau ít phút.',
        ],
        notSee: ['Exception', 'Service Spreadsheets', '1AbCdEfGh'],
        focused: 'Không thực hiện được',
      }),
      office({ do: { click: 'Xem số liệu báo cáo' }, see: ['Số liệu tính đến ngày'] }),
      office({ do: { serverFails: 'NetworkError: Connection failure due to HTTP 0' } }),
      office({
        do: { click: 'Làm mới báo cáo' },
        see: [
          'Mất kết nối tới Google Sheets, nên việc này có thể chưa xong. Hãy kiểm tra mạng, xem lại bảng tính rồi làm lại.',
        ],
        notSee: ['NetworkError', 'HTTP 0'],
      }),
      office({
        do: { click: 'Làm mới báo cáo' },
        see: ['Đã làm mới báo cáo và tổng quan, tính đến ngày 15/07/2014.'],
      }),
    ],
  },
  {
    name: 'the office marks the selected rows: a date that is not one refused by its field, the date and the evidence written and shown back as dd/mm/yyyy, then the date cleared',
    skip: { hosts: ['file'], why: NO_SELECTION },
    steps: [
      ...BUILD,
      office({ do: { select: { sheet: 'Theo dõi', unit: DISTRICT.name, count: 3 } } }),
      office({ do: { click: 'Cập nhật kết quả' } }),
      office({ do: { choose: 'Trạng thái', option: 'Hoàn thành' } }),
      office({ do: { fill: 'Ngày hoàn thành', text: '31/02/2014' } }),
      office({
        do: { click: 'Ghi vào các hàng đang chọn' },
        see: [BAD_DONE_DATE],
        accessible: true,
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Trạng thái',
            value: 'Chưa thực hiện',
          },
        ],
      }),
      office({ do: { fill: 'Ngày hoàn thành', text: '20/3/2014' } }),
      office({ do: { fill: 'Minh chứng', text: '- Báo cáo số 12-BC/TĐTN' } }),
      office({
        do: { click: 'Ghi vào các hàng đang chọn' },
        see: ['Ghi kết quả vào các hàng này?'],
      }),
      office({
        do: { click: 'Ghi vào các hàng này' },
        see: ['Đã cập nhật 3 hàng.'],
        field: { label: 'Ngày hoàn thành', value: '20/03/2014' },
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 2,
            column: 'Trạng thái',
            value: 'Hoàn thành',
          },
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 2,
            column: 'Minh chứng',
            value: '- Báo cáo số 12-BC/TĐTN',
          },
        ],
      }),
      office({ do: { choose: 'Trạng thái', option: 'Đang thực hiện' } }),
      office({
        do: { check: 'Xoá ngày hoàn thành' },
        field: { label: 'Ngày hoàn thành', value: '' },
      }),
      office({ do: { click: 'Ghi vào các hàng đang chọn' } }),
      office({
        do: { click: 'Ghi vào các hàng này' },
        see: ['Đã cập nhật 3 hàng.'],
        cells: [
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Trạng thái',
            value: 'Đang thực hiện',
          },
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Ngày hoàn thành',
            value: '',
          },
          {
            sheet: 'Theo dõi',
            unit: DISTRICT.name,
            index: 0,
            column: 'Minh chứng',
            value: '- Báo cáo số 12-BC/TĐTN',
          },
        ],
      }),
    ],
  },
  {
    name: 'the report of the sample season: the same figures and charts on every host, in both languages, at 320 px',
    skip: { hosts: ['file'], why: NO_SELECTION },
    steps: [
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({ do: { fill: 'Dán nội dung kế hoạch', fixture: 'samplePlan' } }),
      office({ do: { fill: 'Ngày báo cáo', text: '30/06/2014' } }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: [BUILT] }),
      office({ do: { click: '← Các việc' } }),
      // the first ten rows of `Theo dõi`, all the city's, done in March
      office({ do: { select: { sheet: 'Theo dõi', unit: 'Thành Đoàn Cao Bằng', count: 10 } } }),
      office({ do: { click: 'Cập nhật kết quả' } }),
      office({ do: { choose: 'Trạng thái', option: 'Hoàn thành' } }),
      office({ do: { fill: 'Ngày hoàn thành', text: '15/3/2014' } }),
      office({ do: { click: 'Ghi vào các hàng đang chọn' } }),
      office({ do: { click: 'Ghi vào các hàng này' }, see: ['Đã cập nhật 10 hàng.'] }),
      office({ do: { click: '← Các việc' } }),
      office({ do: { click: 'Báo cáo' } }),
      office({ do: { fill: 'Ngày báo cáo', text: '30/06/2014' } }),
      office({
        do: { click: 'Xem số liệu báo cáo' },
        see: ['Báo cáo tính đến ngày 30/06/2014'],
        report: SAMPLE_REPORT,
        accessible: true,
      }),
      office({ do: { width: 320 }, fits: 320, report: SAMPLE_REPORT }),
      office({ do: { click: 'English' }, see: ['Whole year', '2.4%'], notSee: ['Cả năm'] }),
    ],
  },
  {
    name: 'a plan as a Word file, a workbook or a .csv table, read in the page',
    steps: [
      office({ do: { click: 'Tạo sổ từ kế hoạch' } }),
      office({
        do: { upload: 'Chọn tệp .docx, .txt, .xlsx hoặc .csv', files: [{ fixture: 'planDocx' }] },
      }),
      office({
        do: { click: 'Tạo sổ theo dõi' },
        see: [
          BUILT,
          'Lưu ý: Chưa xác định được đơn vị cho "Các đ/c phụ trách công tác TĐKT" (công việc 2014-Q1-05)',
        ],
      }),
      office({
        do: { upload: 'Chọn tệp .docx, .txt, .xlsx hoặc .csv', files: [{ fixture: 'planXlsx' }] },
      }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: ['Đã tạo sổ theo dõi: 3 kỳ'] }),
      office({
        do: { upload: 'Chọn tệp .docx, .txt, .xlsx hoặc .csv', files: [{ fixture: 'planCsv' }] },
      }),
      office({ do: { click: 'Tạo sổ theo dõi' }, see: ['Đã tạo sổ theo dõi: 3 kỳ'] }),
    ],
  },
];
