/**
 * Unit files whose identity cannot be forged. The office's book keeps a secret key; each unit
 * file it sends out carries a seal, HMAC-SHA256 under that key of what makes the file that unit's
 * (the plan, the unit, when it was issued, and the entries it was sent with). The key never
 * leaves the book, so a unit that edits its file's hidden `_ThiDua` sheet to pose as another unit
 * cannot make a seal that holds.
 *
 * Books made before sealing have no key: they get one on their next rewrite, and the files they
 * sent out before then carry no seal. Such a file is accepted with a warning when the book had no
 * key yet when the file was issued; a file without a seal issued after that is refused.
 */
import { hex, hmacSha256, utf8 } from '../crypto/hmac-sha256';
import { error, warning } from '../errors/problem';
import type { Problem } from '../errors/problem';
import type { Book, BookMeta, Entry } from './model';

/** Random bytes from the host (Apps Script has no `crypto`; it passes Utilities.getUuid's). */
export type Entropy = (bytes: number) => Uint8Array;

function randomBytes(n: number, entropy?: Entropy): Uint8Array {
  if (entropy) return entropy(n);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint8Array(n));
  // every host passes entropy or has WebCrypto; this only keeps a book writable without either
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
  return out;
}

/** The book with a key, added now if it has none yet. Unit files never get one. */
export function withSecret(book: Book, now: string, entropy?: Entropy): Book {
  if (book.meta.kind !== 'book' || book.meta.secret) return book;
  return {
    ...book,
    meta: { ...book.meta, secret: hex(randomBytes(32, entropy)), secretSince: now },
  };
}

/** The entries sent out, in an order that does not depend on how JSON kept the keys. */
function baseText(base: Record<string, Entry> | null): string {
  if (!base) return '';
  return Object.keys(base)
    .sort()
    .map((k) => {
      const e = base[k] as Entry;
      return [k, e.status, e.doneDate ?? '', e.evidence, e.note].join('\u0001');
    })
    .join('\u0002');
}

export function sealOf(
  secret: string,
  meta: Pick<BookMeta, 'planId' | 'unitCode' | 'issuedAt'>,
  base: Record<string, Entry> | null,
): string {
  const text = ['so-thi-dua/unit/1', meta.planId, meta.unitCode ?? '', meta.issuedAt ?? ''].join(
    '\u0000',
  );
  return hex(hmacSha256(utf8(secret), utf8(`${text}\u0000${baseText(base)}`)));
}

/** A unit's file as split sends it: issued now, sealed with the book's key when it has one. */
export function sealedMeta(
  book: Book,
  unitCode: string,
  now: string,
  base: Record<string, Entry>,
): BookMeta {
  const { secret: key, secretSince: _since, seal: _seal, ...rest } = book.meta;
  const meta: BookMeta = { ...rest, kind: 'unit', unitCode, updatedAt: now, issuedAt: now };
  if (key) meta.seal = sealOf(key, meta, base);
  return meta;
}

/**
 * Whether a returned file is the one the office issued to the unit it names: the problem that
 * refuses it, a warning when it cannot be verified, or nothing.
 */
export function checkSeal(
  book: Book,
  file: Pick<Book, 'meta' | 'base'>,
  where: { file: string },
  unitName: (code: string) => string,
): Problem | null {
  const m = file.meta;
  const unit = unitName(m.unitCode ?? '');
  const key = book.meta.secret;
  if (!key) return warning('unsealedFile', where, { unit });
  if (!m.seal) {
    const issued = m.issuedAt ?? m.updatedAt;
    const since = book.meta.secretSince ?? '';
    // files sent out before the book had a key cannot carry a seal
    if (since && issued && issued < since) return warning('unsealedFile', where, { unit });
    return error('unverifiableIdentity', where, { unit });
  }
  if (sealOf(key, m, file.base) === m.seal) return null;
  const issuedTo = book.units.find(
    (u) => sealOf(key, { ...m, unitCode: u.code }, file.base) === m.seal,
  );
  if (issuedTo) return error('forgedIdentity', where, { unit, issuedTo: issuedTo.name });
  return error('unverifiableIdentity', where, { unit });
}
