/**
 * Browser mode asks before the page closes with changes not downloaded, and not after: the same
 * check on the host in the page (app.browser.test.ts) and on the pane as built
 * (hosts.browser.test.ts), each with its own adapter.
 */
import type { Page } from 'playwright-core';
import { runScenario } from './run-scenarios';
import type { HostAdapter, Scenario } from './scenario';
import { SCENARIOS } from './scenarios';

/** The dialogs the page asked, in order, as it was closed twice: before and after a download. */
export async function closeWarnings(
  page: Page,
  adapter: HostAdapter,
  shots: { shots: string; prefix: string },
): Promise<{ asked: string[]; stayed: boolean; closed: boolean }> {
  const asked: string[] = [];
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  const build = SCENARIOS.find((x) => x.name.startsWith('browser mode keeps')) as Scenario;
  // up to the book built, not yet downloaded
  const upToBuilt = { ...build, steps: build.steps.slice(0, 6) };
  await runScenario(page, adapter, upToBuilt, shots);
  const settle = async (until: () => boolean) => {
    for (let i = 0; i < 100 && !until(); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await page.close({ runBeforeUnload: true });
  await settle(() => asked.length > 0);
  // the question was answered "stay": the page and its book are still there
  const stayed = !page.isClosed();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải sổ xuống' }).click(),
  ]);
  await page.getByText('Sổ: so-theo-doi-2014.xlsx (đã tải xuống)').waitFor();
  await page.close({ runBeforeUnload: true });
  await settle(() => page.isClosed());
  return { asked, stayed, closed: page.isClosed() };
}
