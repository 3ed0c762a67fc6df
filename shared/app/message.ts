/** What a command says, in both languages, from one catalog text. */
import type { PaneMessages, UiLabels } from '../i18n/catalog';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';

export interface Message {
  vi: string;
  en: string;
}

/** A result message of the `pane` catalog, in both languages. */
export function say<K extends keyof PaneMessages>(
  key: K,
  ...params: Parameters<PaneMessages[K]>
): Message {
  const f = (m: PaneMessages) =>
    (m[key] as (...a: Parameters<PaneMessages[K]>) => string)(...params);
  return { vi: f(vi.pane), en: f(en.pane) };
}

type Ui = typeof vi.ui;
type Asked = { [K in keyof Ui]: Ui[K] extends (p: never) => string ? K : never }[keyof Ui];

/** A confirmation question of the `ui` catalog, in both languages. */
export function ask<K extends Asked>(key: K, params: Parameters<Ui[K]>[0]): Message {
  const f = (u: UiLabels) => (u[key] as (p: Parameters<Ui[K]>[0]) => string)(params);
  return { vi: f(vi.ui), en: f(en.ui) };
}

/** Words of the `ui` catalog (a button, a note), in both languages. */
export function words(f: (ui: UiLabels) => string): Message {
  return { vi: f(vi.ui), en: f(en.ui) };
}
