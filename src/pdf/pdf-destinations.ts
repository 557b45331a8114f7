/**
 * Where Chromium put each named destination of a PDF it printed: the page (1-based) of every element
 * an internal link points to (`<a href="#hoofdstuk">` → destination `hoofdstuk`). The second pass of a
 * printed report uses it to write the page numbers into its contents.
 *
 * Chromium (Skia) writes plain, uncompressed objects: the catalog names a `/Dests` dictionary of
 * `/name [<page> 0 R /XYZ …]`, and the page tree (`/Pages`, `/Kids`) gives every page its number. A PDF
 * in another shape (object streams) gives an empty map, never a wrong page.
 */

const OBJECT = /(\d+) 0 obj\b([\s\S]*?)endobj/g;

function objects(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of text.matchAll(OBJECT)) {
    const body = m[2] as string;
    const stream = body.indexOf('stream');
    map.set(Number(m[1]), stream >= 0 ? body.slice(0, stream) : body);
  }
  return map;
}

function refAfter(body: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(body);
  return m ? Number(m[1]) : null;
}

/** Page object numbers in reading order, walking the page tree from its root. */
function pageOrder(objs: ReadonlyMap<number, string>, root: number, depth = 0): number[] {
  const body = objs.get(root);
  if (!body || depth > 32) return [];
  if (!/\/Type\s*\/Pages\b/.test(body)) return /\/Type\s*\/Page\b/.test(body) ? [root] : [];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+0\s+R/g)].flatMap((k) => pageOrder(objs, Number(k[1]), depth + 1));
}

/** PDF name → text: `#2D` escapes decoded. */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objs = objects(text);
  const result = new Map<string, number>();
  const catalog = [...objs.values()].find((b) => /\/Type\s*\/Catalog\b/.test(b));
  if (!catalog) return result;
  const pagesRoot = refAfter(catalog, 'Pages');
  const destsRef = refAfter(catalog, 'Dests');
  if (pagesRoot === null || destsRef === null) return result;
  const order = pageOrder(objs, pagesRoot);
  const index = new Map(order.map((obj, i) => [obj, i + 1]));
  const dests = objs.get(destsRef) ?? '';
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) result.set(decodeName(m[1] as string), page);
  }
  return result;
}
