/** Argument checks run at sync time; each failure is Excel's InvalidArgument. */
import { ErrorCodes, officeError } from './errors';

export function invalid(location: string, message?: string): never {
  throw officeError(ErrorCodes.invalidArgument, message, location);
}

export function oneOf<T extends string>(v: unknown, allowed: readonly T[], location: string): T {
  if (typeof v !== 'string' || !allowed.includes(v as T)) invalid(location);
  return v as T;
}

export function bool(v: unknown, location: string): boolean {
  if (typeof v !== 'boolean') invalid(location);
  return v;
}

export function num(v: unknown, location: string, min = -Infinity, max = Infinity): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) invalid(location);
  return v;
}

export function str(v: unknown, location: string, maxLength = Infinity): string {
  if (typeof v !== 'string' || v.length > maxLength) invalid(location);
  return v;
}

export function int(v: unknown, location: string, min = -Infinity, max = Infinity): number {
  const n = num(v, location, min, max);
  if (!Number.isInteger(n)) invalid(location);
  return n;
}

/** The HTML color names Excel accepts most often; "#RRGGBB" is always accepted. */
const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  purple: '#800080',
  navy: '#000080',
  maroon: '#800000',
  lime: '#00FF00',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  teal: '#008080',
  olive: '#808000',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkgray: '#A9A9A9',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  pink: '#FFC0CB',
  brown: '#A52A2A',
  gold: '#FFD700',
};

/** "#RRGGBB" (upper case) from "#rrggbb" or a color name. */
export function color(v: unknown, location: string): string {
  if (typeof v !== 'string') invalid(location);
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toUpperCase();
  const named = NAMED_COLORS[v.toLowerCase()];
  if (!named) invalid(location, `'${v}' is not a color Excel knows.`);
  return named;
}

export function plainObject(v: unknown, location: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) invalid(location);
  return v as Record<string, unknown>;
}

/** Throws when `o` has a key outside `allowed` (Excel rejects unknown members of JSON structs). */
export function knownKeys(
  o: Record<string, unknown>,
  allowed: readonly string[],
  location: string,
): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) invalid(location, `Unknown member '${k}'.`);
  }
}
