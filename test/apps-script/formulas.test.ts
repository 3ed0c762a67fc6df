import { formulaSeparator, sheetsFormula } from '../../apps-script/src/server/sheets-adapter';

describe('formulas for a spreadsheet locale', () => {
  it('separate arguments as the locale types them', () => {
    expect(formulaSeparator('vi_VN')).toBe(';');
    expect(formulaSeparator('de_DE')).toBe(';');
    expect(formulaSeparator('pt_BR')).toBe(';');
    expect(formulaSeparator('en_US')).toBe(',');
    expect(formulaSeparator('en_GB')).toBe(',');
    expect(formulaSeparator('ja_JP')).toBe(',');
  });

  it('leave commas inside text alone', () => {
    const f = `SUMPRODUCT(('Theo dõi'!$H$2:$H$9="Ban, Văn phòng")*1,2)`;
    expect(sheetsFormula(f, ';')).toBe(`SUMPRODUCT(('Theo dõi'!$H$2:$H$9="Ban, Văn phòng")*1;2)`);
    expect(sheetsFormula(f, ',')).toBe(f);
  });
});
