/**
 * The report as a page shows it (shared/ui/report-view.ts), read the same way in the Excel
 * pane's and the Sheets sidebar's browser tests, so that both can be held to one expectation.
 */
import type { Page } from 'playwright-core';

export interface ShownReport {
  title: string;
  /** Each table's caption, then its header row and body rows, their cells joined by " | ". */
  tables: { caption: string; rows: string[] }[];
  charts: {
    caption: string;
    role: string | null;
    name: string;
    /** Each bar: "label | value | its length out of 236 (100%)". */
    bars: string[];
  }[];
}

export function shownReport(page: Page): Promise<ShownReport> {
  return page.evaluate(() => {
    const box = document.getElementById('report-view') as HTMLElement;
    const text = (el: Element | null) => (el?.textContent ?? '').trim();
    return {
      title: text(box.querySelector('h3')),
      tables: [...box.querySelectorAll('table')].map((t) => ({
        caption: text(t.querySelector('caption')),
        rows: [...t.querySelectorAll('tr')].map((tr) =>
          [...tr.children].map((c) => text(c)).join(' | '),
        ),
      })),
      charts: [...box.querySelectorAll('figure')].map((f) => {
        const svg = f.querySelector('svg') as SVGSVGElement;
        const name = (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => text(document.getElementById(id)))
          .join(' | ');
        return {
          caption: text(f.querySelector('figcaption')),
          role: svg.getAttribute('role'),
          name,
          bars: [...svg.querySelectorAll('g.bar')].map((g) =>
            [
              text(g.querySelector('.bar-label')),
              text(g.querySelector('.bar-value')),
              g.querySelector('.bar-fill')?.getAttribute('width') ?? '0',
            ].join(' | '),
          ),
        };
      }),
    };
  });
}
