/**
 * Excel sheet names: at most 31 characters, none of `\ / ? * : [ ]`, no apostrophe at either end,
 * unique without regard to case, and not the reserved name "History".
 */
const MAX = 31;

export class SheetNames {
  readonly #taken = new Set<string>();

  /** A valid, unused name for `title`, with `prefix` ('DEMO ') kept whole when the title must be shortened. */
  name(title: string, prefix = ''): string {
    const clean = title
      .replace(/[\\/?*:[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '');
    const base = fitName(prefix, clean || 'Blad');
    let name = base.toLowerCase() === 'history' ? `${base} 1` : base;
    for (let n = 2; this.#taken.has(name.toLowerCase()); n++) name = fitName(prefix, clean, ` (${n})`);
    this.#taken.add(name.toLowerCase());
    return name;
  }
}

function fitName(prefix: string, title: string, suffix = ''): string {
  const whole = `${prefix}${title}${suffix}`;
  if (whole.length <= MAX) return whole;
  const room = MAX - prefix.length - suffix.length - 1;
  return `${prefix}${title.slice(0, room).trimEnd()}…${suffix}`;
}
