/** Branded primitives: validated at the edges, trusted inside. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A 5-digit REFNIS code, kept as text (leading zeros matter: `02000`). */
export type NisCode = Brand<string, 'NisCode'>;
export type Year = Brand<number, 'Year'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;

const NIS_PATTERN = /^\d{5}$/;

export function isNisCode(text: string): text is NisCode {
  return NIS_PATTERN.test(text);
}

export function asNisCode(text: string): NisCode {
  if (!isNisCode(text)) throw new TypeError(`not a 5-digit NIS code: ${JSON.stringify(text)}`);
  return text;
}

export function asYear(value: number): Year {
  if (!Number.isInteger(value) || value < 1900 || value > 2200) {
    throw new TypeError(`not a plausible year: ${value}`);
  }
  return value as Year;
}

export function asIndicatorId(text: string): IndicatorId {
  if (!/^[a-z][a-z0-9_]*$/.test(text)) throw new TypeError(`not an indicator id: ${JSON.stringify(text)}`);
  return text as IndicatorId;
}
