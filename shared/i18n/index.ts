/** The two catalogs, chosen by language. */
import type { Catalog, Lang } from './catalog';
import { en } from './en';
import { vi } from './vi';

export type { Catalog, Lang } from './catalog';

const catalogs: Record<Lang, Catalog> = { vi, en };

export function catalog(lang: Lang): Catalog {
  return catalogs[lang];
}
