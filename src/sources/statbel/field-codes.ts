/**
 * Parses Statbel field values straight from bytes (no string allocation per field).
 * Each returns a sentinel for "invalid" so the hot loop can defer error reporting.
 */

const ZERO = 0x30;
export const MAX_INT32 = 2147483647;

/** Unsigned decimal of minLength..maxLength digits, or -1. */
export function parseDigits(
  buf: Uint8Array,
  start: number,
  end: number,
  minLength: number,
  maxLength: number,
): number {
  const length = end - start;
  if (length < minLength || length > maxLength) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = (buf[i] as number) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** 1 = M, 2 = F, 0 = invalid. */
export function sexCode(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 1) return 0;
  const c = buf[start];
  return c === 0x4d ? 1 : c === 0x46 ? 2 : 0;
}

/** 1 = BEL, 2 = ETR, 0 = invalid. */
export function nationalityCode(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 3) return 0;
  const a = buf[start];
  const b = buf[start + 1];
  const c = buf[start + 2];
  if (a === 0x42 && b === 0x45 && c === 0x4c) return 1;
  if (a === 0x45 && b === 0x54 && c === 0x52) return 2;
  return 0;
}

/** 1..4, or -1. */
export function civilStatusCode(buf: Uint8Array, start: number, end: number): number {
  const v = parseDigits(buf, start, end, 1, 1);
  return v >= 1 && v <= 4 ? v : -1;
}

/** 0..120, or -1. */
export function ageValue(buf: Uint8Array, start: number, end: number): number {
  const v = parseDigits(buf, start, end, 1, 3);
  return v <= 120 ? v : -1;
}

/** 0..2^31-1 (fits the Int32 column), or -1. */
export function populationValue(buf: Uint8Array, start: number, end: number): number {
  const v = parseDigits(buf, start, end, 1, 10);
  return v <= MAX_INT32 ? v : -1;
}

export function formatNis(nis: number): string {
  return String(nis).padStart(5, '0');
}
