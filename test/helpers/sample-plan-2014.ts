/**
 * The 2014 plan of Cao Bằng provincial Youth Union (Kế hoạch số 73-KH/TĐTN-VP, 7 April 2014),
 * transcribed from the text of its Word original (samples/ke-hoach-tdkt-2014-cao-bang.txt):
 * texts as typed there, double spaces and trailing spaces included; blank lines dropped.
 */
import type { PlanDescription } from './docx-builder';

export const SAMPLE_PLAN_2014: PlanDescription = {
  header: {
    issuer: 'BCH ĐOÀN TỈNH CAO BẰNG',
    issuerMark: '***',
    number: 'Số: 73 -KH /TĐTN-VP',
    union: 'ĐOÀN TNCS HỒ CHÍ MINH',
    placeDate: 'Cao Bằng, ngày  7  tháng 4  năm 2014',
  },
  kind: 'KẾ HOẠCH',
  title: ['Thực hiện công tác Thi đua, Khen thưởng năm 2014'],
  titleRule: '---------',
  bases: [
    'Căn cứ Điều 19, Chương II Luật Thi đua, Khen thưởng năm 2003, được sửa đổi, bổ sung năm 2005; ',
    'Căn cứ Kế hoạch số 78/KH-UBND, ngày 13/01/2014 của Ủy ban nhân dân tỉnh Cao Bằng v/v thực hiện công tác Thi đua, khen thưởng năm 2014;',
    'Căn cứ Chỉ thị số 39-CT/TW, ngày 21 tháng 5 năm 2004 của Bộ Chính trị về việc tiếp tục, đẩy mạnh phong trào thi đua yêu nước, phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến;',
    'Căn cứ Chỉ thị số 725/CT-TTg, ngày 17 tháng 5 năm 2011 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế xã hội năm 2011 và kế hoạch 5 năm (2011 – 2015) theo Nghị quyết Đại hội đại biểu toàn quốc của Đảng lần thứ XI;',
    'Căn cứ Chỉ thị số 77/CT-UBND, ngày 13/01/2014 của Chủ tịch UBND tỉnh Cao Bằng v/v tổ chức phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2014; ',
    'Căn cứ Chương trình công tác Đoàn, Hội và phong trào TTN năm 2014 của Ban chấp hành Tỉnh Đoàn, Ủy ban Hội LHTN tỉnh Cao Bằng, Ban Thường vụ Tỉnh Đoàn Cao Bằng xây dựng kế hoạch thực hiện một số nhiệm vụ trọng tâm về công tác thi đua, khen thưởng năm 2014 như sau:',
  ],
  tableHeading: 'I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:',
  periods: [
    {
      no: 'I',
      label: 'Quý I/2014',
      tasks: [
        {
          no: '1',
          content: ['Tổng kết công tác thi đua, khen thưởng năm 2013.'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '2',
          content: [
            'Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 01, 02, 3/2014 theo kế hoạch thực hiện Năm thanh niên tình nguyện 2014.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '3',
          content: [
            'Chỉ đạo việc xây dựng hệ thống các tiêu chí thi đua thực hiện Chương trình công tác Đoàn và phong trào TTN năm 2014 (đối với các huyện, Thành Đoàn và Đoàn trực thuộc).',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '4',
          content: [
            '- Phát động đợt thi đua đặc biệt chào mừng Đại hội Hội các cấp, tiến tới Đại hội Hội LHTN tỉnh Cao Bằng lần thứ IV, nhiệm kỳ 2014 – 2019; chào mừng Đại hội MTTQ Việt Nam cấp tỉnh tiến tới Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII (nhiệm kỳ 2014 – 2019).',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '5',
          content: ['Tham gia tập huấn công tác thi đua, khen thưởng của tỉnh Cao Bằng.'],
          owners: ['Các đ/c phụ trách công tác TĐKT'],
        },
        {
          no: '6',
          content: [
            'Phát động thi đua, ký kết giao ước thi đua năm 2014 (đối với cơ quan, ngành).',
          ],
          owners: [
            'Hội đồng Thi đua, Khen thưởng cơ quan Tỉnh Đoàn,  BTV Tỉnh Đoàn, các huyện, Thành Đoàn và Đoàn trực thuộc.',
          ],
        },
        {
          no: '7',
          content: [
            'Thống nhất hệ thống các tiêu chí thi đua và hướng dẫn thực hiện các tiêu chí thi đua thực hiện Chương trình công tác Đoàn và phong trào TTN năm 2014.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '8',
          content: ['Xây dựng kế hoạch thực hiện công tác Thi đua, Khen thưởng năm 2014.'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '9',
          content: [
            'Triển khai bộ Tiêu chí đánh giá công tác Đoàn và phong trào TTN năm 2014 của Trung ương Đoàn.',
          ],
          owners: ['BTV Tỉnh Đoàn.'],
        },
        {
          no: '10',
          content: ['Triển khai các nội dung khen thưởng chuyên đề của Trung ương Đoàn (nếu có).'],
          owners: ['BTV Tỉnh Đoàn, các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
      ],
    },
    {
      no: 'II',
      label: 'Quý II/2014',
      tasks: [
        {
          no: '1',
          content: [
            'Đôn đốc các đơn vị thực hiện báo cáo sơ kết công tác Thi đua, Khen thưởng năm 2014',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '2',
          content: [
            'Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 4, 5, 6/2014 theo kế hoạch thực hiện Năm thanh niên tình nguyện 2014.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '3',
          content: [
            'Đánh giá về kết quả triển khai các nội dung phát động thi đua thực hiện Chương trình công tác Đoàn và phong trào TTN năm 2014 của Ban Chấp hành Tỉnh Đoàn 6 tháng đầu năm; chỉ đạo đẩy mạnh các phong trào thi đua chào mừng 70 năm ngày thành lập QĐND Việt Nam và 25 năm ngày hội quốc phòng toàn dân, 100 năm ngày sinh anh Lý Tự Trọng, 110 năm ngày sinh đồng chí Hoàng Đình Giong.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '4',
          content: [
            'Thực hiện báo cáo sơ kết 6 tháng gửi Trưởng Khối giao ước MT và các tổ chức chính trị - xã hội năm 2014.',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '5',
          content: [
            'Tham gia hoạt động chung của Khối giao ước MT và các tổ chức chính trị - xã hội năm 2014.',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '6',
          content: [
            'Sơ kết giai đoạn I về đợt thi đua đặc biệt chào mừng Đại hội MTTQ Việt Nam cấp tỉnh tiến tới Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII (nhiệm kỳ 2014 – 2019) – theo hướng dẫn của Ủy ban MTTQ tỉnh Cao Bằng.',
          ],
          owners: ['- BTV Tỉnh Đoàn. ', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '7',
          content: [
            'Tiếp tục triển khai bộ Tiêu chí đánh giá công tác Đoàn và phong trào TTN năm 2014 của Trung ương Đoàn.',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '8',
          content: [
            'Triển khai công tác kiểm tra, giám sát và công tác Thi đua, Khen thưởng tại cơ sở.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '9',
          content: ['Triển khai các nội dung khen thưởng chuyên đề của Trung ương Đoàn (nếu có).'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
      ],
    },
    {
      no: 'III',
      label: 'Quý III/2014',
      tasks: [
        {
          no: '1',
          content: [
            'Chỉ đạo đẩy mạnh các phong trào thi đua thực hiện các chủ đề công tác tháng 7, 8, 9/2014 theo kế hoạch thực hiện Năm thanh niên tình nguyện 2014.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '2',
          content: [
            'Tổng hợp hồ sơ thi đua khen thưởng công tác Đoàn – Đội trường học năm học 2013 - 2014',
          ],
          owners: ['Văn phòng Tỉnh Đoàn Cao Bằng (phối hợp với Ban TTN – TH tham mưu).'],
        },
        {
          no: '3',
          content: [
            'Chuẩn bị các nội dung, tham dự Hội nghị sơ kết công tác Thi đua, Khen thưởng của Khối giao ước MT và các tổ chức chính trị - xã hội năm 2014.',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '4',
          content: [
            'Đánh giá, tổng kết giai đoạn II về đợt thi đua đặc biệt chào mừng Đại hội MTTQ Việt Nam cấp tỉnh tiến tới Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII (nhiệm kỳ 2014 – 2019) – theo hướng dẫn của Ủy ban MTTQ tỉnh Cao Bằng.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '5',
          content: ['Triển khai các nội dung khen thưởng chuyên đề của Trung ương Đoàn (nếu có).'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
      ],
    },
    {
      no: 'IV',
      label: 'Quý IV/2014',
      tasks: [
        {
          no: '1',
          content: [
            'Họp đánh giá bộ Tiêu chí đánh giá công tác Đoàn và phong trào TTN năm 2014 của Trung ương Đoàn.',
          ],
          owners: ['- BTV Tỉnh Đoàn.'],
        },
        {
          no: '2',
          content: [
            'Chỉ đạo, đôn đốc các đơn vị huyện, Thành Đoàn và Đoàn trực thuộc thực hiện công tác khen thưởng công tác Đoàn và phong trào TTN năm 2014 theo quy định, quy chế.',
          ],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '3',
          content: ['Tổng kết công tác Thi đua, Khen thưởng năm 2014.'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
        {
          no: '4',
          content: [
            'Tham gia các hoạt động của Khối giao ước MT và các tổ chức chính trị - xã hội năm 2014',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '5',
          content: [
            'Chuẩn bị các nội dung, tham dự Hội nghị tổng kết kết công tác Thi đua, Khen thưởng của Khối giao ước MT và các tổ chức chính trị - xã hội năm 2014.',
          ],
          owners: ['BTV Tỉnh Đoàn Cao Bằng'],
        },
        {
          no: '6',
          content: ['Xây dựng kế hoạch thực hiện công tác Thi đua, Khen thưởng năm 2015.'],
          owners: ['- BTV Tỉnh Đoàn.', '- Các huyện, Thành Đoàn và Đoàn trực thuộc.'],
        },
      ],
    },
  ],
  sections: [
    {
      heading: 'II- TỔ CHỨC THỰC HIỆN',
      paragraphs: [
        '1. Tỉnh Đoàn thanh niên:',
        '- Xây dựng kế hoạch triển khai thực hiện công tác Thi đua, Khen thưởng theo tiến độ.',
        '- Tăng cường, đôn đốc các huyện, Thành Đoàn và Đoàn trực thuộc thực hiện công tác Thi đua, Khen thưởng theo kế hoạch, quy định.',
        '- Tham gia đầy đủ các cuộc họp của Hội đồng Thi đua, Khen thưởng tỉnh Cao Bằng năm 2014. ',
        '- Giao cho các ban chuyên môn, Văn phòng Tỉnh Đoàn có trách nhiệm theo dõi, đôn đốc các đơn vị theo phân công của Ban Thường vụ Tỉnh Đoàn và thường xuyên báo cáo tình hình triển khai thực hiện về công tác Thi đua, Khen thưởng.',
        '- Giao Văn phòng Tỉnh Đoàn là bộ phận thường trực trong tham mưu, triển khai, thực hiện công tác Thi đua, Khen thưởng.',
        '2. Các huyện, Thành Đoàn và Đoàn trực thuộc:',
        '- Căn cứ kế hoạch của Ban Thường vụ Tỉnh Đoàn, nghiên cứu, xây dựng kế hoạch triển khai công tác Thi đua, Khen thưởng tại địa phương, đơn vị.',
        '- Chủ động tổ chức các phong trào thi đua, thiết thực, hiệu quả nhằm góp phần thực hiện thắng lợi các nhiệm vụ kinh tế - xã hội của địa phương, đơn vị; tổ chức bình xét khen thưởng và đề nghị khen thưởng theo đúng quy định.',
      ],
    },
  ],
  recipients: {
    heading: 'Nơi nhận:',
    items: [
      '- Sở Nội vụ (báo cáo);',
      '- Hội LHPN tỉnh – Trưởng khối thi đua MT và các tổ chức chính trị - xã hội;',
      '- Thành viên khối thi đua MT và các tổ chức chính trị - xã hội;',
      '- TT Tỉnh Đoàn; ',
      '- Các BCM, đơn vị trực thuộc cơ quan Tỉnh Đoàn;',
      '- Các huyện, Thành Đoàn, Đoàn TT;',
      '- Lưu VT, VP, TĐKT.',
    ],
  },
  signature: {
    onBehalfOf: 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN',
    title: ' BÍ THƯ ',
    signedMark: '(Đã ký)',
    name: '  Bế Đăng Khoa',
  },
};
