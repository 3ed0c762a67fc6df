/**
 * WCAG 2 contrast of every text of a page, from Chromium's computed styles: each element with
 * text of its own (a control's value or placeholder included), its colour against the background
 * it is drawn on (the backgrounds of it and its ancestors composited over the white canvas; for a
 * gradient, its worst colour stop). Hidden elements are checked too, as their colours are
 * computed all the same: what the page shows only after an action is covered by the state the
 * page is in. Disabled controls are left out (WCAG 1.4.3 exempts inactive components).
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
  /** The element, as `tag#id.class` with its nearest ancestor that has an id. */
  where: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
  /** 4.5 for normal text, 3 for large text (24 px, or 18.66 px bold), WCAG AA. */
  required: number;
}

type Rgba = [number, number, number, number];

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every text of the page below WCAG AA, worst first. */
export async function contrastFailures(page: Page): Promise<ContrastFailure[]> {
  const pairs = await page.evaluate(() => {
    const parse = (css: string): Rgba[] =>
      [...css.matchAll(/rgba?\(([^)]+)\)/g)].map((m) => {
        const [r, g, b, a] = m[1]!.split(/[\s,/]+/).map(Number);
        return [r!, g!, b!, a ?? 1];
      });
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as Rgba;
    };
    /** The colours the element's box may show, composited from the canvas down. */
    const backgrounds = (el: Element): Rgba[] => {
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
      let layers: Rgba[] = [[255, 255, 255, 1]];
      for (const e of chain) {
        const style = getComputedStyle(e);
        const stops = style.backgroundImage.includes('gradient')
          ? parse(style.backgroundImage)
          : [];
        if (stops.length > 0) layers = stops.flatMap((s) => layers.map((l) => over(s, l)));
        const [color] = parse(style.backgroundColor);
        if (color && color[3] > 0) layers = layers.map((l) => over(color, l));
      }
      return layers;
    };
    const ownText = (el: Element): { text: string; pseudo: string | null } => {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (el instanceof HTMLInputElement && ['file', 'checkbox', 'radio'].includes(el.type)) {
          return { text: '', pseudo: null };
        }
        if (el.value) return { text: el.value, pseudo: null };
        return { text: el.placeholder, pseudo: '::placeholder' };
      }
      if (el instanceof HTMLSelectElement) {
        return { text: el.selectedOptions[0]?.text ?? '', pseudo: null };
      }
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('');
      return { text, pseudo: null };
    };
    const describe = (el: Element): string => {
      const self = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
        .map((c) => `.${c}`)
        .join('')}`;
      if (el.id) return self;
      const anchor = el.parentElement?.closest('[id]');
      return anchor ? `#${anchor.id} ${self}` : self;
    };
    const out: {
      where: string;
      text: string;
      color: Rgba;
      backgrounds: Rgba[];
      large: boolean;
    }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION', 'OPTGROUP'].includes(el.tagName)) continue;
      if (el.closest(':disabled')) continue;
      const { text, pseudo } = ownText(el);
      if (text.trim() === '') continue;
      const style = getComputedStyle(el, pseudo);
      const [color] = parse(style.color);
      if (!color) continue;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) {
        opacity *= Number(getComputedStyle(e).opacity);
      }
      const size = parseFloat(getComputedStyle(el).fontSize);
      const bold = Number(getComputedStyle(el).fontWeight) >= 700;
      out.push({
        where: describe(el),
        text: text.trim().slice(0, 40),
        color: [color[0], color[1], color[2], color[3] * opacity],
        backgrounds: backgrounds(el),
        large: size >= 24 || (bold && size >= 18.66),
      });
    }
    return out;
  });
  const failures: ContrastFailure[] = [];
  const css = (c: readonly number[]) =>
    `#${c
      .slice(0, 3)
      .map((x) => Math.round(x).toString(16).padStart(2, '0'))
      .join('')}`;
  for (const p of pairs) {
    const required = p.large ? 3 : 4.5;
    let worst: { ratio: number; background: Rgba } | null = null;
    for (const bg of p.backgrounds) {
      const a = p.color[3];
      const text = [0, 1, 2].map((i) => p.color[i]! * a + bg[i]! * (1 - a));
      const ratio = contrastRatio(text, bg);
      if (!worst || ratio < worst.ratio) worst = { ratio, background: bg };
    }
    if (worst && worst.ratio < required) {
      failures.push({
        where: p.where,
        text: p.text,
        color: css(p.color),
        background: css(worst.background),
        ratio: Math.round(worst.ratio * 100) / 100,
        required,
      });
    }
  }
  return failures.sort((a, b) => a.ratio - b.ratio);
}
