/**
 * Problems are data: a code, a severity, the message in both languages and where it is.
 * The core returns them; the CLI and the panes decide how to show them.
 */
import type { ProblemMessages } from '../i18n/catalog';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import type { Location } from '../i18n/location';

export type ProblemCode = keyof ProblemMessages;
export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  vi: string;
  en: string;
  at?: Location;
}

type ParamsOf<K extends ProblemCode> = Parameters<ProblemMessages[K]>;

function build<K extends ProblemCode>(
  severity: Severity,
  code: K,
  at: Location | undefined,
  params: ParamsOf<K>,
): Problem {
  const render = (fn: ProblemMessages[K]): string =>
    (fn as (...args: ParamsOf<K>) => string)(...params);
  const p: Problem = {
    code,
    severity,
    vi: render(vi.problems[code]),
    en: render(en.problems[code]),
  };
  if (at && Object.keys(at).length > 0) p.at = at;
  return p;
}

export function error<K extends ProblemCode>(
  code: K,
  at?: Location,
  ...params: ParamsOf<K>
): Problem {
  return build('error', code, at, params);
}

export function warning<K extends ProblemCode>(
  code: K,
  at?: Location,
  ...params: ParamsOf<K>
): Problem {
  return build('warning', code, at, params);
}

/** One line per problem, "Lỗi (dòng 12): …", in the chosen language. */
export function formatProblem(p: Problem, lang: 'vi' | 'en'): string {
  const cat = lang === 'vi' ? vi : en;
  const where = p.at ? cat.location(p.at) : '';
  const head = cat.severity[p.severity];
  return where ? `${head} (${where}): ${p[lang]}` : `${head}: ${p[lang]}`;
}
