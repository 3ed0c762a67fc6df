/**
 * Microsoft's own office.js, from the pinned @microsoft/office-js package, served by the test
 * server in place of the CDN the pane names (appsforoffice.microsoft.com): office.js loads the
 * files it needs from beside itself, so they are served from the package too.
 */
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../../helpers/paths';

/** The address taskpane.html loads office.js from. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** The package's files, as the CDN serves them. */
export const OFFICE_JS_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

/** Where the test server serves them: `serve(dist, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIST })`. */
export const OFFICE_JS_MOUNT = '/office-js/';

/**
 * Routes the page's requests for the CDN's office.js files to the test server at `served`.
 * Returns the names requested, in order (office.js first, then what it loads itself).
 */
export async function routeOfficeJs(
  target: Page | BrowserContext,
  served: string,
): Promise<string[]> {
  const requested: string[] = [];
  await target.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const name = route.request().url().slice(OFFICE_JS_CDN.length).split('?')[0]!;
    requested.push(name);
    const local = await target.request.fetch(`${served}${OFFICE_JS_MOUNT.slice(1)}${name}`);
    await route.fulfill({ response: local });
  });
  return requested;
}
