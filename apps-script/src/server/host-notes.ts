/// <reference types="google-apps-script" />
/**
 * What the Sheets host says of itself after a command (how many units have their rows, e-mails
 * not shared, filter views or the service they need) is said once, and again only when it
 * changes: not after every command that redraws `Theo dõi`. What was said is remembered on the
 * document (DocumentProperties: the same for everyone working in it, separate per spreadsheet).
 */
import type { Message } from '../../../shared/app/message';

export type NoteKind = 'protections' | 'notShared' | 'filterViews';

const KEY = 'thidua.said';

/** A short fingerprint of a text (a property holds at most 9 KB). */
function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length}:${h.toString(36)}`;
}

/**
 * The notes to say now: all of them when the user asked for them (`always`), otherwise those not
 * said before in the same words. Remembers what stands now either way.
 */
export function sayOnce(notes: readonly [NoteKind, Message][], always: boolean): Message[] {
  const props = PropertiesService.getDocumentProperties();
  let before: Partial<Record<NoteKind, string>> = {};
  try {
    before = JSON.parse(props.getProperty(KEY) ?? '{}') as typeof before;
  } catch {
    // a property edited by hand: say everything again
  }
  const now: Partial<Record<NoteKind, string>> = {};
  for (const [kind, m] of notes) now[kind] = fingerprint(m.vi);
  const text = JSON.stringify(now);
  if (text !== JSON.stringify(before)) props.setProperty(KEY, text);
  return notes.filter(([kind]) => always || before[kind] !== now[kind]).map(([, m]) => m);
}
