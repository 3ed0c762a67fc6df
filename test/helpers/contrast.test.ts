/** The WCAG 2 contrast ratio the pane's and the sidebar's browser tests measure with. */
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
  it('gives the reference values of WCAG 2', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // the usual limits of grey text on white: #767676 passes AA (4.5:1), #777777 does not
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it('does not depend on which colour is the text', () => {
    expect(contrastRatio([0x1a, 0x73, 0xe8], [255, 255, 255])).toBe(
      contrastRatio([255, 255, 255], [0x1a, 0x73, 0xe8]),
    );
  });
});
