/**
 * The words owner cells are read with, as data: names that hold "và", a comma or a dash and are
 * one party all the same; the words a party's name starts with; the heads of group phrases and
 * the kinds of units they list; the role words that label a party (chủ trì, phối hợp …).
 *
 * An office extends the names and groups with its own directory (`PartyVocabulary`: the units'
 * names and aliases, the phrases it has mapped), so its own compound names stay whole too.
 * Everything here is written as offices write it; matching ignores case, diacritics, tone
 * placement, dash variants and spacing.
 */

/** Names of agencies and departments that are one party though they hold "và", "," or "-". */
export const COMPOUND_NAMES: readonly string[] = [
  // state agencies, at province (Sở) and district (Phòng) level
  'Sở Giáo dục và Đào tạo',
  'Phòng Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Phòng Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Phòng Văn hóa và Thông tin',
  'Phòng Văn hóa - Thông tin',
  'Trung tâm Văn hóa, Thể thao',
  'Trung tâm Văn hóa - Thể thao',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Trung tâm Văn hóa - Thông tin - Thể thao',
  'Sở Tài nguyên và Môi trường',
  'Phòng Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Phòng Nông nghiệp và Phát triển nông thôn',
  'Sở Nông nghiệp và Môi trường',
  'Phòng Nông nghiệp và Môi trường',
  'Sở Thông tin và Truyền thông',
  'Sở Khoa học và Công nghệ',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính - Kế hoạch',
  'Phòng Tài chính - Kế hoạch',
  'Sở Giao thông vận tải',
  'Phòng Kinh tế và Hạ tầng',
  'Phòng Kinh tế - Hạ tầng',
  'Phòng Nội vụ và Lao động',
  'Sở Nội vụ và Lao động',
  'Sở Văn hóa và Du lịch',
  // commendation bodies and Union departments
  'Hội đồng Thi đua, Khen thưởng',
  'Hội đồng Thi đua - Khen thưởng',
  'Ban Thi đua, Khen thưởng',
  'Ban Thi đua - Khen thưởng',
  'Ban Tổ chức, Kiểm tra',
  'Ban Tổ chức - Kiểm tra',
  'Ban Thanh thiếu nhi - Trường học',
  'Ban Thanh niên - Trường học',
  'Ban Công tác thiếu nhi và Trường học',
  'Văn phòng Huyện ủy, HĐND và UBND',
  'Văn phòng HĐND và UBND',
  'Hội Liên hiệp Thanh niên Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Khối thi đua MTTQ và các tổ chức chính trị - xã hội',
  'Ủy ban Kiểm tra',
];

/**
 * Words a party's name starts with (folded: no diacritics, lower case). A piece of a list that
 * starts with none of them, is no known name and no acronym ("Đào tạo", "Kiểm tra") belongs to
 * the party before it.
 */
export const PARTY_HEADS: readonly string[] = [
  'ban',
  'van phong',
  'doan',
  'hoi dong',
  'chi doan',
  'lien chi doan',
  'lien doi',
  'chi doi',
  'chi hoi',
  'chi bo',
  'tinh doan',
  'thanh doan',
  'huyen doan',
  'thi doan',
  'quan doan',
  'xa doan',
  'uy ban',
  'ubnd',
  'ubkt',
  'mttq',
  'btv',
  'bch',
  'bth',
  'bcm',
  'btg',
  'btc',
  'vp',
  'thuong truc',
  'thuong vu',
  'khoi',
  'cum',
  'to chuyen mon',
  'to cong tac',
  'cong an',
  'quan su',
  'bo chi huy',
  'bo doi',
  'don bien phong',
  'dong chi',
  'd/c',
  'can bo',
  'lanh dao',
  'bi thu',
  'pho bi thu',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'pho giam doc',
  'hieu truong',
  'pho hieu truong',
  'giao vien',
  'tong phu trach',
  'huyen uy',
  'thanh uy',
  'tinh uy',
  'quan uy',
  'thi uy',
  'dang uy',
  'dang bo',
  'mat tran',
  'lien doan',
  'cong doan',
  'clb',
  'cau lac bo',
  'nha van hoa',
  'cong ty',
  'benh vien',
  'thu vien',
  'hoc vien',
  'buu dien',
  'ngan hang',
  'hdnd',
  'hđnd',
  'ubmttq',
  'hlhtn',
  'hsv',
  'hdd',
  'cac',
  'tat ca',
  'toan the',
];

/**
 * Heads that start a party's name only when a proper name follows ("Xã Hòa An", "Sở Nội vụ",
 * "Phòng Giáo dục", "Trường THPT Chu Văn An"): "xã hội", "tổ chức", "hội nghị", "trường học"
 * start no party.
 */
export const NAMED_HEADS: readonly string[] = [
  'hoi',
  'nha',
  'phong',
  'trung tam',
  'truong',
  'so',
  'to',
  'doi',
  'bao',
  'dai',
  'xa',
  'phuong',
  'thi tran',
  'huyen',
  'quan',
  'thi xa',
  'thanh pho',
  'tp',
  'tinh',
];

/** What a group phrase starts with: "Các huyện, …", "Đoàn các xã, …", "Tất cả các …". */
export const GROUP_HEADS: readonly string[] = [
  'cac',
  'doan cac',
  'hoi cac',
  'tat ca cac',
  'toan the cac',
  'toan the',
];

/**
 * The kinds of unit a group phrase lists after its head, and the words that qualify them
 * ("trực thuộc", "cơ sở"): "Các huyện, thị, thành Đoàn và Đoàn trực thuộc", "Các liên chi đoàn,
 * chi đoàn trực thuộc", "Đoàn các xã, thị trấn". A piece made only of these continues the group.
 */
export const UNIT_KINDS: readonly string[] = [
  'huyen',
  'quan',
  'thi xa',
  'thanh pho',
  'thi',
  'thanh',
  'tinh',
  'xa',
  'phuong',
  'thi tran',
  'doan',
  'thanh doan',
  'thi doan',
  'huyen doan',
  'quan doan',
  'tinh doan',
  'co so doan',
  'doan co so',
  'chi doan',
  'lien chi doan',
  'chi hoi',
  'lien doi',
  'chi doi',
  'don vi',
  'truong',
  'truong hoc',
  'ban',
  'ban nganh',
  'nganh',
  'doan the',
  'to chuc',
  'co quan',
  'doanh nghiep',
  'dia phuong',
  'cum',
  'khoi',
  'hoi',
  'bcm',
  'cap',
];

export const KIND_QUALIFIERS: readonly string[] = [
  'truc thuoc',
  'tt',
  'co so',
  'chuyen mon',
  'lien quan',
  'cac cap',
  'tren dia ban',
  'thanh vien',
  'chinh tri - xa hoi',
  // "Các cụm, khối thi đua", "các khối giao ước"
  'thi dua',
  'giao uoc',
  'cac',
  'tinh',
  'huyen',
  'thanh pho',
  'doan',
];

/**
 * Role words written after a party ("Ban Tuyên giáo chủ trì", "Văn phòng phối hợp"), in
 * brackets or not: they say its role and are no part of its name.
 */
export const LEAD_ROLE_WORDS: readonly string[] = [
  'chu tri thuc hien',
  'chu tri, tham muu',
  'chu tri',
  'chi dao',
  'cung thuc hien',
  'thuc hien',
  'tham muu',
  'trien khai',
  'theo doi',
  'don doc',
  'tong hop',
];

export const SUPPORT_ROLE_WORDS: readonly string[] = ['phoi hop thuc hien', 'phoi hop'];

/** Labels written before parties: "Chủ trì: …", "Đơn vị thực hiện: …", "Phối hợp: …". */
export const LEAD_LABELS: readonly string[] = [
  'chi dao, thuc hien',
  'chi dao thuc hien',
  'chi dao',
  'don vi chu tri',
  'co quan chu tri',
  'chu tri thuc hien',
  'chu tri',
  'don vi thuc hien',
  'thuc hien',
  'phu trach',
  'trach nhiem',
];

export const SUPPORT_LABELS: readonly string[] = [
  'don vi phoi hop',
  'co quan phoi hop',
  'phoi hop thuc hien',
  'phoi hop',
];

/**
 * Verbs of a task's text, folded: written in lower case inside a line, they make it a sentence
 * ("Ban Chấp hành Đoàn các cấp tổ chức phát động …"), not a list of parties. In capitals they
 * are part of a name ("Ban Tổ chức", "Ban Kiểm tra").
 */
export const ACTION_WORDS: readonly string[] = [
  'to chuc',
  'trien khai',
  'phat dong',
  'tuyen truyen',
  'xay dung',
  'huong dan',
  'kiem tra',
  'tham gia',
  'bao cao',
  'tong ket',
  'so ket',
  'danh gia',
  'lua chon',
  'xet',
  'de xuat',
  'dang ky',
  'hoan thanh',
  'van dong',
  'ho tro',
  'khen thuong',
  'gui',
  'tiep nhan',
  'thanh lap',
  'ky ket',
  'giao luu',
  'thuc hien',
  'tham muu',
  'nop',
  'chuan bi',
  'cu',
];
