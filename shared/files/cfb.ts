/**
 * The names in an OLE2 compound file (CFB): the container of old binary Office files (.xls,
 * .doc, .ppt) and of password-protected new ones (an encrypted .xlsx is a CFB holding the
 * streams `EncryptionInfo` and `EncryptedPackage`, [MS-OFFCRYPTO] 2.3.4). Only the directory is
 * read, following the sector chains of [MS-CFB]; pure TypeScript over bytes.
 */

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR = 0xfffffffa;

const u16 = (b: Uint8Array, o: number): number => (b[o] as number) | ((b[o + 1] as number) << 8);
const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] as number) |
    ((b[o + 1] as number) << 8) |
    ((b[o + 2] as number) << 16) |
    ((b[o + 3] as number) << 24)) >>>
  0;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The names of the storages and streams in the file, or null when its directory cannot be read. */
export function cfbNames(bytes: Uint8Array): string[] | null {
  if (!isCfb(bytes) || bytes.length < 512) return null;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size) + 1;
  const offset = (n: number): number => (n + 1) * size;
  const inFile = (n: number): boolean => n <= MAX_REGULAR && offset(n) + size <= bytes.length;

  // the FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors
  const fatSectors: number[] = [];
  const fatCount = u32(bytes, 0x2c);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) {
    fatSectors.push(u32(bytes, 0x4c + i * 4));
  }
  let difat = u32(bytes, 0x44);
  for (let hops = 0; fatSectors.length < fatCount && inFile(difat); hops++) {
    if (hops > sectors) return null;
    const per = size / 4 - 1;
    for (let i = 0; i < per && fatSectors.length < fatCount; i++) {
      fatSectors.push(u32(bytes, offset(difat) + i * 4));
    }
    difat = u32(bytes, offset(difat) + per * 4);
  }
  const next = (n: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || !inFile(fat)) return END_OF_CHAIN;
    return u32(bytes, offset(fat) + (n % perSector) * 4);
  };

  const names: string[] = [];
  let dir = u32(bytes, 0x30);
  for (let hops = 0; dir !== END_OF_CHAIN; hops++) {
    if (!inFile(dir) || hops > sectors) return names.length > 0 ? names : null;
    for (let e = offset(dir); e < offset(dir) + size; e += 128) {
      const type = bytes[e + 0x42];
      const length = u16(bytes, e + 0x40);
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let k = 0; k < length - 2; k += 2) name += String.fromCharCode(u16(bytes, e + k));
      names.push(name);
    }
    dir = next(dir);
  }
  return names;
}
