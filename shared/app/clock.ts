/**
 * One clock for every host: now, and today's date in Việt Nam (UTC+7 all year: no daylight
 * saving there since 1975), as the offices date their reports and their entries.
 */
import type { Entropy } from '../book/seal';

export interface Clock {
  /** ISO timestamp. */
  now: string;
  /** ISO date, in Việt Nam. */
  today: string;
  /** Random bytes, where the host has no WebCrypto (Apps Script): the book's key is made of them. */
  entropy?: Entropy;
}

const VN_OFFSET_MS = 7 * 3_600_000;

/** The clock at `date` (now unless given). */
export function vietnamClock(date: Date = new Date(), entropy?: Entropy): Clock {
  const clock: Clock = {
    now: date.toISOString(),
    today: new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10),
  };
  if (entropy) clock.entropy = entropy;
  return clock;
}

/** "dd/mm/yyyy hh:mm" in Việt Nam, for the last-updated stamp of a row. */
export function vietnamStamp(date: Date = new Date()): string {
  const iso = new Date(date.getTime() + VN_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
