/**
 * The seal of a unit's file: HMAC-SHA256 held to Node's own crypto, the same seal whatever order
 * JSON kept the entries in, and what a returned file's seal says about it.
 */
import { createHash, createHmac } from 'crypto';
import type { Book } from '../../shared/book/model';
import { checkSeal, sealedMeta, sealOf, withSecret } from '../../shared/book/seal';
import { hex, hmacSha256, sha256, utf8 } from '../../shared/crypto/hmac-sha256';
import { createBook } from '../../shared/book/create';
import { splitBook } from '../../shared/book/split';
import { readPlanText } from '../../shared/plan/read';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { samplePlanText } from '../addin/helpers/books';

describe('sha256 and hmacSha256', () => {
  it("agree with Node's crypto on messages of every length around the block size", () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      const key = Uint8Array.from({ length: (n * 7) % 150 }, (_, i) => (i * 17 + 3) & 255);
      expect(hex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(hex(hmacSha256(key, bytes))).toBe(
        createHmac('sha256', key).update(bytes).digest('hex'),
      );
    }
  });

  it('encodes text as UTF-8, Vietnamese and astral characters included', () => {
    const s = 'Huyện Đoàn Hòa An 𝒜 ✓';
    expect(Buffer.from(utf8(s)).toString('utf8')).toBe(s);
  });

  it('encodes a lone surrogate as its three bytes, as seals made before did', () => {
    expect([...utf8('\ud800a\udc00')]).toEqual([0xed, 0xa0, 0x80, 0x61, 0xed, 0xb0, 0x80]);
  });
});

function sampleBook(): Book {
  const plan = readPlanText(samplePlanText());
  if (!plan.ok) throw new Error('plan');
  return createBook(plan.value, {
    units: CAO_BANG_2014,
    asOf: '2014-06-30',
    now: '2014-04-10T02:00:00.000Z',
  }).book;
}

describe('a unit file as split seals it', () => {
  const book = sampleBook();
  const files = splitBook(book, '2014-04-11T02:00:00.000Z');
  const ha = files.find((f) => f.meta.unitCode === 'HA')!;
  const name = (code: string) => book.units.find((u) => u.code === code)?.name ?? code;
  const where = { file: 'HA.xlsx' };

  it('carries a seal and not the key', () => {
    expect(book.meta.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(ha.meta.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(ha.meta.secret).toBeUndefined();
    expect(ha.meta.issuedAt).toBe('2014-04-11T02:00:00.000Z');
  });

  it('holds whatever order the entries come back in', () => {
    const reversed = Object.fromEntries(Object.entries(ha.base!).reverse());
    expect(sealOf(book.meta.secret!, ha.meta, reversed)).toBe(ha.meta.seal);
    expect(checkSeal(book, { ...ha, base: reversed }, where, name)).toBeNull();
  });

  it('names the unit it was issued to when it claims another', () => {
    const posing = { ...ha, meta: { ...ha.meta, unitCode: 'TA' } };
    expect(checkSeal(book, posing, where, name)?.en).toBe(
      'The file\'s identity was altered: it says it is the file of "Huyện Đoàn Thạch An", but the office issued it to "Huyện Đoàn Hòa An"; it was not merged.',
    );
  });

  it('cannot be verified when what it was sent with was changed, or its seal removed', () => {
    const [first] = Object.keys(ha.base!);
    const edited = {
      ...ha,
      base: { ...ha.base!, [first!]: { ...ha.base![first!]!, status: 'done' as const } },
    };
    expect(checkSeal(book, edited, where, name)?.code).toBe('unverifiableIdentity');
    const { seal: _seal, ...bare } = ha.meta;
    expect(checkSeal(book, { ...ha, meta: bare }, where, name)?.code).toBe('unverifiableIdentity');
  });

  it('is taken with a warning from a book that had no key when the file was issued', () => {
    const { secret: _s, secretSince: _t, ...old } = book.meta;
    const legacy = { ...book, meta: old };
    const file = { ...ha, meta: sealedMeta(legacy, 'HA', '2014-04-11T02:00:00.000Z', ha.base!) };
    expect(file.meta.seal).toBeUndefined();
    expect(checkSeal(legacy, file, where, name)?.severity).toBe('warning');
    const keyed = withSecret(legacy, '2014-05-01T00:00:00.000Z');
    expect(checkSeal(keyed, file, where, name)?.code).toBe('unsealedFile');
    const later = { ...file, meta: { ...file.meta, issuedAt: '2014-05-02T00:00:00.000Z' } };
    expect(checkSeal(keyed, later, where, name)?.code).toBe('unverifiableIdentity');
  });
});
