import { convertLegacy, detectLegacyEncoding } from '../../shared/text/legacy';
import { SAMPLE_PLAN_2014 } from '../helpers/sample-plan-2014';
import { toTcvn3, toVni, LETTERS } from '../helpers/legacy-encoders';

/**
 * A Youth Union plan, with capitals carrying a tone only in headings (TCVN3 cannot write them
 * elsewhere).
 */
const PLAN = `BAN CHẤP HÀNH ĐOÀN TỈNH CAO BẰNG
KẾ HOẠCH
Thực hiện công tác thi đua, khen thưởng năm 2014
Căn cứ Hướng dẫn số 12-HD/TWĐTN ngày 15/01/2014 của Ban Bí thư Trung ương Đoàn về công tác thi đua, khen thưởng; Ban Thường vụ Tỉnh Đoàn xây dựng kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Đẩy mạnh các phong trào thi đua yêu nước trong đoàn viên, thanh niên; động viên tuổi trẻ toàn tỉnh hăng hái lập thành tích chào mừng Đại hội Đoàn các cấp.
2. Việc xét khen thưởng phải đảm bảo công khai, dân chủ, đúng người, đúng thành tích; ưu tiên cơ sở và đoàn viên trực tiếp lao động.
II. NỘI DUNG
1. Các huyện, Thành Đoàn và Đoàn trực thuộc tổ chức sơ kết 6 tháng trước ngày 20/6/2014, gửi báo cáo về Văn phòng Tỉnh Đoàn; tổng kết năm trước ngày 15/11/2014.
2. Quý I/2014: phát động thi đua, ký giao ước thi đua giữa các đơn vị trong khối; Ban Tổ chức hướng dẫn thủ tục, hồ sơ đề nghị khen thưởng.
\tThời gian\tĐơn vị chủ trì\tGhi chú
\tTháng 12/2014\tVăn phòng, các ban chuyên môn\tBáo cáo kết quả`;

/** Every text of the transcribed 2014 Cao Bằng plan, one per line. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const SAMPLE = strings(SAMPLE_PLAN_2014).join('\n').normalize('NFC');

describe('convertLegacy from TCVN3', () => {
  // Quoted with their readings from public sources: the tests of TrizenX/viparse (government
  // documents 1998–2009), a 2002 Ministry of Finance decision and a court record quoted in
  // public screening notes, duydev/vietnamese-conversion's test data, and game scripts
  // written in .VnTime. `\u00AD` is the soft hyphen that codes ư.
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['§oµn TNCS Hå ChÝ Minh', 'Đoàn TNCS Hồ Chí Minh'],
    ['C¨n cø NghÞ ®Þnh sè 15/CP', 'Căn cứ Nghị định số 15/CP'],
    ['quyÕt ®Þnh cña Bé tr\u00adëng Bé Tµi chÝnh', 'quyết định của Bộ trưởng Bộ Tài chính'],
    ['ng\u00adêi cã c«ng víi c¸ch m¹ng', 'người có công với cách mạng'],
    ['§Ò nghÞ h\u00adëng trî cÊp mét lÇn', 'Đề nghị hưởng trợ cấp một lần'],
    ['Th«ng t\u00ad h\u00adíng dÉn thùc hiÖn', 'Thông tư hướng dẫn thực hiện'],
    ['Trung ¢u', 'Trung Âu'],
    ['¤ng TrÇn Du', 'Ông Trần Du'],
    ['Hµ néi, ngµy 22 th¸ng 11 n¨m 2002', 'Hà nội, ngày 22 tháng 11 năm 2002'],
    [
      'vÒ viÖc söa ®æi møc thuÕ suÊt cña mét sè mÆt hµng',
      'về việc sửa đổi mức thuế suất của một số mặt hàng',
    ],
    ['Toµ ¸n nh©n d©n', 'Toà án nhân dân'],
    ['TØnh b¾c giang', 'Tỉnh bắc giang'],
    ['biªn b¶n nghÞ ¸n', 'biên bản nghị án'],
    ['Xin chµo c¸c b¹n', 'Xin chào các bạn'],
    ['T«i ®i häc', 'Tôi đi học'],
    [
      'TÕt Trung Thu lµ mét trong nh÷ng ngµy tÕt cæ truyÒn',
      'Tết Trung Thu là một trong những ngày tết cổ truyền',
    ],
    ['Giíi thiÖu ho¹t ®éng', 'Giới thiệu hoạt động'],
  ])('reads %j as %j', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'TCVN3')).toBe(unicode);
  });

  it('reads capitals words of a .VnTimeH heading in capitals', () => {
    expect(convertLegacy('BAN CHÊP HµNH §OµN TØNH', 'TCVN3')).toBe('BAN CHẤP HÀNH ĐOÀN TỈNH');
    expect(convertLegacy('§¡NG Ký KINH DOANH', 'TCVN3')).toBe('ĐĂNG KÝ KINH DOANH');
    expect(convertLegacy('KÕ HO¹CH', 'TCVN3')).toBe('KẾ HOẠCH');
    expect(convertLegacy('II. NéI DUNG', 'TCVN3')).toBe('II. NỘI DUNG');
    expect(convertLegacy('I- NéI DUNG, THêI GIAN Vµ Tæ CHøC THùC HIÖN:', 'TCVN3')).toBe(
      'I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:',
    );
  });

  it('keeps a word of one capital in lower case unless its neighbours are capitals words', () => {
    expect(convertLegacy('Hµ Néi', 'TCVN3')).toBe('Hà Nội');
    expect(convertLegacy('UBND TP Hµ Néi', 'TCVN3')).toBe('UBND TP Hà Nội');
    expect(convertLegacy('Së GD&§T, Sè: 73-KH/T§TN-VP', 'TCVN3')).toBe(
      'Sở GD&ĐT, Số: 73-KH/TĐTN-VP',
    );
    expect(convertLegacy('Uû ban nh©n d©n', 'TCVN3')).toBe('Uỷ ban nhân dân');
  });

  it('upper-cases everything when asked, for text typed wholly in .VnTimeH', () => {
    expect(convertLegacy('kÕ ho¹ch thi ®ua', 'TCVN3', { upperCase: true })).toBe(
      'KẾ HOẠCH THI ĐUA',
    );
  });

  it('reads every lower-case letter and the seven capitals that have a code', () => {
    for (const letter of LETTERS) expect(convertLegacy(toTcvn3(letter), 'TCVN3')).toBe(letter);
    for (const capital of 'ĂÂĐÊÔƠƯ') expect(convertLegacy(toTcvn3(capital), 'TCVN3')).toBe(capital);
  });

  it('reads every toned capital inside a capitals word', () => {
    for (const letter of LETTERS) {
      const capital = letter.toUpperCase();
      expect(convertLegacy(`T${toTcvn3(capital)}T`, 'TCVN3')).toBe(`T${capital}T`);
      expect(convertLegacy(toTcvn3(letter), 'TCVN3', { upperCase: true })).toBe(capital);
    }
  });

  it('puts back a ư lost with its soft hyphen where the spelling leaves no doubt', () => {
    expect(convertLegacy('Mêng Kh¬ng', 'TCVN3')).toBe('Mường Khương');
    expect(convertLegacy('®îc khen thëng, n¨m tríc', 'TCVN3')).toBe('được khen thưởng, năm trước');
    expect(convertLegacy('ngêi', 'TCVN3')).toBe('người');
    // "ơi", "ơn" are syllables of their own: nothing is guessed there.
    expect(convertLegacy('mêi, c¬n', 'TCVN3')).toBe('mời, cơn');
  });

  it('keeps characters outside the encoding, and words already in Unicode', () => {
    expect(convertLegacy('Sè 05-KH/T§TN\t12/3/2014 (50%) — “ViÖt Nam”', 'TCVN3')).toBe(
      'Số 05-KH/TĐTN\t12/3/2014 (50%) — “Việt Nam”',
    );
    expect(convertLegacy('ViÖt Nam – Việt Nam', 'TCVN3')).toBe('Việt Nam – Việt Nam');
  });

  it('gives back the plan paragraph it was encoded from, in NFC', () => {
    const out = convertLegacy(toTcvn3(PLAN), 'TCVN3');
    expect(out).toBe(PLAN);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('gives back the whole 2014 plan, but for capitals with a tone in running text', () => {
    const out = convertLegacy(toTcvn3(SAMPLE), 'TCVN3');
    expect(out.toLowerCase()).toBe(SAMPLE.toLowerCase());
    expect(out).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(out).toContain('BCH ĐOÀN TỈNH CAO BẰNG');
    expect(out).toContain('I- NỘI DUNG, THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN:');
    // "Ủy ban" can only be typed "ñy ban" in .VnTime: the capital is lost.
    expect(out).toContain('của ủy ban nhân dân tỉnh Cao Bằng');
  });
});

describe('convertLegacy from VNI', () => {
  // Quoted with their readings from public sources: the tests of TrizenX/viparse (VNI
  // government documents), duydev/vietnamese-conversion's README and test data, the
  // dvntailieu exercise sheets and a VB6 form in VNI-Times.
  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['UÛY BAN NHAÂN DAÂN TÆNH', 'ỦY BAN NHÂN DÂN TỈNH'],
    ['Caên cöù Luaät Toå chöùc HÑND vaø UBND', 'Căn cứ Luật Tổ chức HĐND và UBND'],
    ['quyeát ñònh naøy coù hieäu löïc', 'quyết định này có hiệu lực'],
    ['nghæ maát söùc', 'nghỉ mất sức'],
    ['saün coù, Ñaø Naüng, Caø Mau', 'sẵn có, Đà Nẵng, Cà Mau'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['Toâi ñi hoïc', 'Tôi đi học'],
    ['ThS. Ñoaøn Vöông Nguyeân', 'ThS. Đoàn Vương Nguyên'],
    ['Baøi taäp Traéc nghieäm Xaùc suaát', 'Bài tập Trắc nghiệm Xác suất'],
    ['GVHD: PGS.TS Ñoaøn Quang Vinh', 'GVHD: PGS.TS Đoàn Quang Vinh'],
    ['Ñoaøn TNCS Hoà Chí Minh', 'Đoàn TNCS Hồ Chí Minh'],
  ])('reads %j as %j', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'VNI')).toBe(unicode);
  });

  it('reads ô and ö as ơ and ư, alone or with a tone', () => {
    expect(convertLegacy('thuôû, thöôøng, nöôùc, ñöôïc', 'VNI')).toBe('thuở, thường, nước, được');
  });

  it('reads every letter in both cases', () => {
    for (const letter of LETTERS) {
      expect(convertLegacy(toVni(letter), 'VNI')).toBe(letter);
      expect(convertLegacy(toVni(letter.toUpperCase()), 'VNI')).toBe(letter.toUpperCase());
    }
  });

  it('takes the case of a letter from its base letter', () => {
    expect(convertLegacy('Aø, aØ', 'VNI')).toBe('À, à');
  });

  it('keeps characters outside the encoding, and words already in Unicode', () => {
    expect(convertLegacy('Soá 05-KH/TÑTN\t12/3/2014 — “Vieät Nam” – Việt Nam', 'VNI')).toBe(
      'Số 05-KH/TĐTN\t12/3/2014 — “Việt Nam” – Việt Nam',
    );
  });

  it('gives back the plan paragraph it was encoded from, in NFC', () => {
    const out = convertLegacy(toVni(PLAN), 'VNI');
    expect(out).toBe(PLAN);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('gives back the whole 2014 plan', () => {
    expect(convertLegacy(toVni(SAMPLE), 'VNI')).toBe(SAMPLE);
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises the national motto in TCVN3', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('TCVN3');
    expect(detectLegacyEncoding('§éc lËp - Tù do - H¹nh phóc')).toBe('TCVN3');
  });

  it('recognises the national motto in VNI', () => {
    expect(detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('VNI');
    expect(detectLegacyEncoding('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('VNI');
  });

  it('does not take the motto in Unicode, NFC or NFD, for either encoding', () => {
    for (const s of ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc']) {
      expect(detectLegacyEncoding(s)).toBeNull();
      expect(detectLegacyEncoding(s.normalize('NFD'))).toBeNull();
    }
  });

  it('recognises a plan in TCVN3', () => {
    expect(detectLegacyEncoding(toTcvn3(PLAN))).toBe('TCVN3');
  });

  it('recognises a plan in TCVN3 whose soft hyphens (ư) were stripped', () => {
    const stripped = toTcvn3(PLAN).replace(/\u00AD/g, '');
    expect(detectLegacyEncoding(stripped)).toBe('TCVN3');
    const out = convertLegacy(stripped, 'TCVN3');
    for (const word of ['khen thưởng', 'yêu nước', 'Trung ương', 'trước ngày', 'hướng dẫn']) {
      expect(out).toContain(word);
    }
  });

  it('recognises a plan in VNI', () => {
    expect(detectLegacyEncoding(toVni(PLAN))).toBe('VNI');
  });

  it('recognises the whole 2014 plan in either encoding, and not in Unicode', () => {
    expect(detectLegacyEncoding(toTcvn3(SAMPLE))).toBe('TCVN3');
    expect(detectLegacyEncoding(toVni(SAMPLE))).toBe('VNI');
    expect(detectLegacyEncoding(SAMPLE)).toBeNull();
  });

  it('does not take the plan in Unicode, NFC or NFD, for legacy text', () => {
    expect(detectLegacyEncoding(PLAN)).toBeNull();
    expect(detectLegacyEncoding(PLAN.normalize('NFD'))).toBeNull();
  });

  it('takes Unicode text with a few legacy words in it for Unicode', () => {
    expect(detectLegacyEncoding(`${PLAN}\nCéng hoµ x· héi chñ nghÜa ViÖt Nam`)).toBeNull();
    expect(detectLegacyEncoding(`${PLAN}\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam`)).toBeNull();
  });

  it.each([
    ['empty text', ''],
    ['Vietnamese without diacritics', 'Cong hoa xa hoi chu nghia Viet Nam. Doan TNCS Ho Chi Minh'],
    [
      'English',
      'The provincial Youth Union reviews its emulation plan every quarter and reports to the bloc.',
    ],
    [
      'French',
      'Le château où nous étions, près de Noël, était « magnifique ». Il a coûté cher, ' +
        "c'est naïf ! Voilà, déjà l'été ; «Très bien», dit-il. Ça reste à l'hôtel. © 2021",
    ],
    [
      'German',
      'Müller aß süße Äpfel in der Größe von Kürbissen. Gemäß § 5 Abs. 2 gilt: Öl, Übung, ' +
        'schön, Straße, hören, für, Bäume. © 2020 Grüße aus Köln',
    ],
    [
      'Spanish',
      '¡Hola! ¿Qué tal? España, señor, año, niño, sí, más, está, también, aún, Raúl, ' +
        'corazón, canción, pingüino, mañana.',
    ],
    [
      'Portuguese and Nordic',
      'Não há informações sobre a eleição. Søren Kierkegaard på Færøerne, Åsa Ström, Væröy.',
    ],
    [
      'symbols in English',
      'See § 5 and §§ 12–14. Particles of 5 µm ± 0.2 µm; 10 µg/ml at 37 °C; ½ cup; ' +
        '© 2024 ACME®; price £3 or ¥500; «quoted»; ¶ 4; 3 × 4 ÷ 2.',
    ],
    ['Unicode Vietnamese whose accented letters are all Latin-1', 'Tôi có cá, cô ấy là ai? Mẹ à'],
    ['a name with é and ñ', 'José Nuñez from España met Chloé and Zoë in Málaga.'],
  ])('does not take %s for legacy text', (_what, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('does not confuse the two encodings', () => {
    expect(detectLegacyEncoding(toTcvn3(PLAN))).not.toBe('VNI');
    expect(detectLegacyEncoding(toVni(PLAN))).not.toBe('TCVN3');
  });
});

describe('a 10 MB input', () => {
  it('is detected and converted in one pass', () => {
    const plan = `${toTcvn3(PLAN)}\n`;
    const big = plan.repeat(Math.ceil((10 * 1024 * 1024) / plan.length));
    expect(detectLegacyEncoding(big)).toBe('TCVN3');
    const out = convertLegacy(big, 'TCVN3');
    expect(out.startsWith(PLAN)).toBe(true);
    expect(out.length).toBe(`${PLAN}\n`.length * (big.length / plan.length));
  });

  it('is converted from VNI in one pass', () => {
    const plan = `${toVni(PLAN)}\n`;
    const big = plan.repeat(Math.ceil((10 * 1024 * 1024) / plan.length));
    expect(detectLegacyEncoding(big)).toBe('VNI');
    expect(convertLegacy(big, 'VNI').endsWith(`${PLAN}\n`)).toBe(true);
  });
});
