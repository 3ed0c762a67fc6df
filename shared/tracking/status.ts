/**
 * Completion statuses. Four are written in the workbook; common hand-typed forms ("xong", "HT",
 * "hoàn thành ", "x") are read as the status they mean; anything else is flagged, not guessed.
 */
import { asciiFold, squeeze } from '../text/normalize';

export const STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, { vi: string; en: string; symbol: string }> = {
  todo: { vi: 'Chưa thực hiện', en: 'Not started', symbol: '○' },
  doing: { vi: 'Đang thực hiện', en: 'In progress', symbol: '◐' },
  done: { vi: 'Hoàn thành', en: 'Done', symbol: '✓' },
  skipped: { vi: 'Không thực hiện', en: 'Not carried out', symbol: '✗' },
};

const FORMS: Record<string, Status> = {};
function forms(status: Status, list: string[]): void {
  for (const f of list) FORMS[f] = status;
}
forms('done', [
  'hoan thanh',
  'da hoan thanh',
  'ht',
  'xong',
  'da xong',
  'x',
  'done',
  'completed',
  'complete',
  '✓',
  '✔',
  'v',
  'ok',
  'hoan tat',
]);
forms('doing', [
  'dang thuc hien',
  'dang lam',
  'dang',
  'dang trien khai',
  'dth',
  'in progress',
  'doing',
]);
forms('todo', [
  'chua thuc hien',
  'chua',
  'chua lam',
  'chua trien khai',
  'cth',
  'not started',
  'todo',
  '○',
]);
forms('skipped', [
  'khong thuc hien',
  'khong',
  'ko thuc hien',
  'k thuc hien',
  'kth',
  'huy',
  'da huy',
  'khong to chuc',
  'not carried out',
  'skipped',
  '✗',
]);

export type StatusReading =
  | { kind: 'ok'; status: Status; exact: boolean }
  | { kind: 'blank' }
  | { kind: 'unknown'; text: string };

/** What a typed status means. `exact` is false when it was a hand-typed form. */
export function readStatus(raw: unknown): StatusReading {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  const text = squeeze(String(raw));
  if (text === '') return { kind: 'blank' };
  for (const s of STATUSES) {
    if (STATUS_LABELS[s].vi === text) return { kind: 'ok', status: s, exact: true };
  }
  const key = asciiFold(text)
    .replace(/[.!;:,]+$/g, '')
    .trim();
  const status = FORMS[key];
  return status ? { kind: 'ok', status, exact: false } : { kind: 'unknown', text };
}
