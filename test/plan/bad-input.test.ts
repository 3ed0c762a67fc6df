/** Input that is not a plan: each gets its own clear message in both languages, never a throw. */
import * as fs from 'fs';
import JSZip from 'jszip';
import { readPlanBytes, readPlanText } from '../../shared/plan/read';
import { buildPlanDocx, samplePlanDescription } from '../helpers/docx-builder';
import { toTcvn3, toVni } from '../helpers/legacy-encoders';
import { SAMPLE } from '../helpers/paths';

async function problem(bytes: Uint8Array, name: string) {
  const r = await readPlanBytes(bytes, name);
  if (r.ok) throw new Error('expected a failure');
  expect(r.problems).toHaveLength(1);
  const p = r.problems[0]!;
  return { code: p.code, vi: p.vi, en: p.en, at: p.at };
}

describe('readPlanBytes on input that is not a plan', () => {
  it('says an empty file is empty', async () => {
    expect(await problem(new Uint8Array(), 'trong.txt')).toMatchInlineSnapshot(`
{
  "at": {
    "file": "trong.txt",
  },
  "code": "emptyInput",
  "en": "The file or text is empty: there is nothing to read.",
  "vi": "Tệp hoặc nội dung trống: không có gì để đọc.",
}
`);
    expect(readPlanText(' \n\t\n').ok).toBe(false);
  });

  it('says an image is an image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await problem(png, 'anh.png')).toMatchObject({
      code: 'notADocument',
      vi: 'Tệp này là một hình ảnh, không phải văn bản kế hoạch. Hãy chọn tệp kế hoạch (.docx, .txt) hoặc bảng công việc (.xlsx, .csv, .tsv).',
      en: 'This file is an image, not a plan document. Choose the plan (.docx, .txt) or its task table (.xlsx, .csv, .tsv).',
    });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
    expect((await problem(jpeg, 'anh.jpg')).code).toBe('notADocument');
  });

  it('says a zip that is not a .docx is a zip', async () => {
    const zip = new JSZip();
    zip.file('hinh/anh.txt', 'không phải văn bản');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await problem(bytes, 'tai-lieu.zip')).toMatchObject({
      code: 'notADocument',
      en: 'This file is a .zip archive that is not a .docx, not a plan document. Choose the plan (.docx, .txt) or its task table (.xlsx, .csv, .tsv).',
    });
  });

  it("says in its own words why a damaged .docx cannot be read, never the reader's", async () => {
    const cut = new JSZip();
    cut.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>abc</w:t></w:r>',
    );
    expect(await problem(await cut.generateAsync({ type: 'uint8array' }), 'hong.docx')).toEqual({
      code: 'corruptDocx',
      at: { file: 'hong.docx' },
      vi: 'Không đọc được tệp .docx: tệp bị hỏng hoặc bị cắt ngắn. Hãy mở tệp trong Word rồi lưu lại dưới dạng .docx, hoặc lấy lại tệp gốc.',
      en: 'The .docx file cannot be read: it is damaged or cut short. Open it in Word and save it as .docx again, or get the original file again.',
    });
    const hollow = new JSZip();
    hollow.file('word/styles.xml', '<w:styles/>');
    expect(
      await problem(await hollow.generateAsync({ type: 'uint8array' }), 'rong.docx'),
    ).toMatchObject({
      code: 'corruptDocx',
      en: 'The .docx file cannot be read: it holds no Word document text. Open it in Word and save it as .docx again, or get the original file again.',
    });
  });

  it('asks for an old binary .doc to be saved as .docx', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problem(ole, 'ke-hoach.doc')).toMatchInlineSnapshot(`
{
  "at": {
    "file": "ke-hoach.doc",
  },
  "code": "legacyDoc",
  "en": "This is an old Word file (.doc). Open it in Word, save it as .docx (File → Save As → Word Document), then choose it again.",
  "vi": "Đây là tệp Word cũ (.doc). Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Tệp → Lưu thành → Tài liệu Word), rồi chọn lại.",
}
`);
  });

  it('says a text with no task table has none', async () => {
    const text = new TextEncoder().encode(
      'Kính gửi các đơn vị.\nĐề nghị báo cáo trước ngày 15/5/2014.\n',
    );
    expect(await problem(text, 'cong-van.txt')).toEqual({
      code: 'noTaskTable',
      vi: 'Không tìm thấy bảng công việc (hàng tiêu đề "Stt | Nội dung công việc | …") trong văn bản. Đây có phải là kế hoạch thi đua, khen thưởng không?',
      en: 'No task table (a header row "Stt | Nội dung công việc | …") was found. Is this an emulation and commendation plan?',
      at: { file: 'cong-van.txt' },
    });
  });

  it('refuses a 50 MB file by its size', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(await problem(big, 'lon.txt')).toMatchObject({
      code: 'tooLarge',
      vi: 'Tệp quá lớn (50,0 MB); kế hoạch chỉ đọc được đến 20,0 MB. Hãy kiểm tra lại tệp đã chọn.',
      en: 'The file is too large (50.0 MB); a plan can be at most 20.0 MB. Check the file you chose.',
    });
  });

  it('says binary bytes are not text', async () => {
    const bin = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
    expect(await problem(bin, 'du-lieu.bin')).toEqual({
      code: 'notADocument',
      vi: 'Tệp này là một tệp nhị phân, không phải văn bản kế hoạch. Hãy chọn tệp kế hoạch (.docx, .txt) hoặc bảng công việc (.xlsx, .csv, .tsv).',
      en: 'This file is a binary file, not a plan document. Choose the plan (.docx, .txt) or its task table (.xlsx, .csv, .tsv).',
      at: { file: 'du-lieu.bin' },
    });
  });

  it('says a .docx cut short is cut short, in its own words', async () => {
    const docx = await buildPlanDocx(samplePlanDescription());
    const cut = docx.slice(0, Math.floor(docx.length / 2));
    expect(await problem(cut, 'hong.docx')).toEqual({
      code: 'damagedFile',
      vi: 'Tệp bị cắt cụt (không đầy đủ): có thể tải về hoặc sao chép chưa xong. Hãy lấy lại tệp gốc.',
      en: 'The file is cut short (incomplete): a download or a copy may not have finished. Get the original file again.',
      at: { file: 'hong.docx' },
    });
  });
});

describe('readPlanBytes on legacy-encoded text', () => {
  const unicode = fs.readFileSync(SAMPLE, 'utf8');
  const expected = readPlanText(unicode);

  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ])('recognises %s, converts it and says so', (name, encode) => {
    const r = readPlanText(encode(unicode));
    if (!r.ok || !expected.ok) throw new Error('expected success');
    expect(r.warnings.map((w) => w.code)).toEqual(['legacyEncodingConverted']);
    expect(r.warnings[0]!.vi).toContain(name);
    expect(r.value.periods.map((p) => p.tasks.length)).toEqual([10, 9, 5, 6]);
    expect(r.value.document.number).toBe('73-KH/TĐTN-VP');
    expect(r.value.periods[2]!.tasks[1]!.support).toEqual(['Ban TTN – TH']);
  });

  it('reads TCVN3 bytes saved in the Windows code page', async () => {
    const text = toTcvn3(unicode);
    const bytes = new Uint8Array(
      [...text].map((c) => {
        const code = c.charCodeAt(0);
        return code < 256 ? code : 0x3f;
      }),
    );
    // cp1252 and Latin-1 differ only in 0x80–0x9F, which TCVN3 does not use for letters
    const r = await readPlanBytes(bytes, 'ke-hoach-tcvn3.txt');
    expect(r.ok && r.value.periods.length).toBe(4);
  });
});
