/**
 * Test helper for the import fuzz test: a seeded generator and byte/line mutations of an input file,
 * as an attacker or a careless data holder would produce them.
 */

/** mulberry32: small, fast, reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, list: readonly T[]): T => list[int(rnd, list.length)] as T;

interface Lines {
  lines: string[];
  eol: string;
}

function split(text: string): Lines {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { lines: text.split(eol), eol };
}

/** A data line index (never the header, never the trailing empty string). */
function dataLine(rnd: Random, l: Lines): number {
  const last = l.lines.at(-1) === '' ? l.lines.length - 1 : l.lines.length;
  return last <= 1 ? 0 : 1 + int(rnd, last - 1);
}

function editField(rnd: Random, text: string, sep: string, value: (old: string) => string): string {
  const l = split(text);
  const i = dataLine(rnd, l);
  const fields = (l.lines[i] as string).split(sep);
  const f = int(rnd, fields.length);
  fields[f] = value(fields[f] as string);
  l.lines[i] = fields.join(sep);
  return l.lines.join(l.eol);
}

const JUNK = [
  '',
  ' ',
  '-1',
  '1e3',
  '0x10',
  '2147483648',
  '99999999999999999999',
  'NaN',
  '"',
  '""',
  'é',
  '\u0000',
  '\uFEFF',
  '1,5',
  '1.5',
  '  7',
  'null',
  '|',
  ';',
  ',',
];

export interface Mutation {
  readonly name: string;
  readonly apply: (rnd: Random, text: string, sep: string) => string | Buffer;
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'delete a line',
    apply: (r, t) => {
      const l = split(t);
      l.lines.splice(dataLine(r, l), 1);
      return l.lines.join(l.eol);
    },
  },
  {
    name: 'repeat a line',
    apply: (r, t) => {
      const l = split(t);
      const i = dataLine(r, l);
      l.lines.splice(i, 0, l.lines[i] as string);
      return l.lines.join(l.eol);
    },
  },
  {
    name: 'swap two lines',
    apply: (r, t) => {
      const l = split(t);
      const i = dataLine(r, l);
      const j = dataLine(r, l);
      [l.lines[i], l.lines[j]] = [l.lines[j] as string, l.lines[i] as string];
      return l.lines.join(l.eol);
    },
  },
  {
    name: 'cut at a line end',
    apply: (r, t) => {
      const l = split(t);
      return l.lines.slice(0, dataLine(r, l) + 1).join(l.eol) + l.eol;
    },
  },
  {
    name: 'cut at any byte',
    apply: (r, t) => {
      const b = Buffer.from(t);
      return b.subarray(0, int(r, b.length));
    },
  },
  {
    name: 'flip a byte',
    apply: (r, t) => {
      const b = Buffer.from(t);
      const i = int(r, b.length);
      b[i] = (b[i] as number) ^ (1 << int(r, 8));
      return b;
    },
  },
  {
    name: 'insert a random byte',
    apply: (r, t) => {
      const b = Buffer.from(t);
      const i = int(r, b.length);
      return Buffer.concat([b.subarray(0, i), Buffer.from([int(r, 256)]), b.subarray(i)]);
    },
  },
  { name: 'junk in a field', apply: (r, t, sep) => editField(r, t, sep, () => pick(r, JUNK)) },
  {
    name: 'huge count',
    apply: (r, t, sep) => editField(r, t, sep, (old) => (/^\d+$/.test(old) ? '2147483647' : old)),
  },
  { name: 'a field doubled', apply: (r, t, sep) => editField(r, t, sep, (old) => `${old}${sep}${old}`) },
  {
    name: 'mixed LF and CRLF',
    apply: (r, t) => {
      const l = split(t);
      return l.lines.map((x, i) => x + (i === l.lines.length - 1 ? '' : r() < 0.5 ? '\n' : '\r\n')).join('');
    },
  },
  { name: 'CR-only line ends', apply: (_, t) => t.replace(/\r?\n/g, '\r') },
  {
    name: 'empty line in the middle',
    apply: (r, t) => {
      const l = split(t);
      l.lines.splice(dataLine(r, l), 0, '');
      return l.lines.join(l.eol);
    },
  },
  {
    name: 'header renamed',
    apply: (r, t, sep) => {
      const l = split(t);
      const h = (l.lines[0] as string).split(sep);
      h[int(r, h.length)] = 'X';
      l.lines[0] = h.join(sep);
      return l.lines.join(l.eol);
    },
  },
  {
    name: 'BOM removed or doubled',
    apply: (r, t) => (r() < 0.5 ? t.replace(/^\uFEFF/, '') : `\uFEFF\uFEFF${t}`),
  },
  { name: 'Latin-1 bytes', apply: (_, t) => Buffer.from(t.replace('e', 'é'), 'latin1') },
  {
    name: 'a long line',
    apply: (r, t, sep) => editField(r, t, sep, () => 'A'.repeat(100_000 + int(r, 200_000))),
  },
  { name: 'stray quote', apply: (r, t, sep) => editField(r, t, sep, (old) => `"${old}`) },
  { name: 'empty file', apply: () => '' },
  { name: 'header only', apply: (_, t) => `${split(t).lines[0]}\n` },
];

/** `count` variants of `text`, each one to three mutations, reproducible from `seed`. */
export function variants(text: string, sep: string, seed: number, count: number) {
  const rnd = seeded(seed);
  return Array.from({ length: count }, (_, n) => {
    const steps = 1 + int(rnd, 3);
    let data: string | Buffer = text;
    const names: string[] = [];
    for (let s = 0; s < steps; s++) {
      const m = MUTATIONS[(n + s * 7) % MUTATIONS.length] as Mutation;
      names.push(m.name);
      data = m.apply(rnd, typeof data === 'string' ? data : data.toString('latin1'), sep);
      if (Buffer.isBuffer(data) && s < steps - 1) data = data.toString('latin1');
    }
    return { n, names, data };
  });
}
