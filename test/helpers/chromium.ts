/**
 * Chromium for the pane's browser tests: Debian's /usr/bin/chromium driven by playwright-core.
 * Without it, a visible skip on a developer's machine, and a failure under CI.
 */
import * as fs from 'fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function describeWithChromium(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium, which CI installs (apt-get install chromium)', () => {
        throw new Error(`Chromium is missing at ${CHROMIUM}: install chromium`);
      });
    });
    return;
  }
  describe(name, () => {
    it.skip('skipped: install chromium (apt-get install chromium)', () => undefined);
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
