/** Reads a PDF with pdfjs (legacy build, for Node): page sizes, text per page, fonts, drawing operators. */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFont {
  readonly id: string;
  readonly name: string;
  readonly missingFile: boolean;
  readonly isType3Font: boolean;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Text items joined with spaces, runs of white space (incl. no-break spaces) collapsed. */
  readonly text: string;
  readonly fontIds: ReadonlySet<string>;
  /** How often each operator (`OPS` name) occurs in the page's operator list. */
  readonly ops: ReadonlyMap<string, number>;
}

export interface PdfInfo {
  readonly pages: readonly PdfPage[];
  readonly fonts: ReadonlyMap<string, PdfFont>;
  readonly outline: readonly string[];
  readonly title: string | undefined;
  readonly language: string | undefined;
  readonly marked: boolean;
}

const OP_NAMES = new Map<number, string>(Object.entries(OPS).map(([name, code]) => [code as number, name]));

export function normalize(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export async function inspectPdf(pdf: Uint8Array): Promise<PdfInfo> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    fontExtraProperties: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = normalize(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
      const list = await page.getOperatorList();
      const ops = new Map<string, number>();
      const used = new Set<string>();
      list.fnArray.forEach((code, k) => {
        const name = OP_NAMES.get(code) ?? String(code);
        ops.set(name, (ops.get(name) ?? 0) + 1);
        if (code === OPS.setFont) used.add(String((list.argsArray[k] as unknown[])[0]));
      });
      const common = page.commonObjs as unknown as { get(id: string): Record<string, unknown> };
      for (const id of used) {
        const f = common.get(id);
        fonts.set(id, {
          id,
          name: String(f.name),
          missingFile: Boolean(f.missingFile),
          isType3Font: Boolean(f.isType3Font),
        });
      }
      pages.push({ width, height, text, fontIds: used, ops });
    }
    const outline = flattenOutline((await doc.getOutline()) ?? []);
    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    return {
      pages,
      fonts,
      outline,
      title: typeof info.Title === 'string' ? info.Title : undefined,
      language: typeof info.Language === 'string' ? info.Language : undefined,
      marked: mark?.Marked === true,
    };
  } finally {
    await doc.destroy();
  }
}

interface OutlineNode {
  readonly title: string;
  readonly items: readonly OutlineNode[];
}

function flattenOutline(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.title, ...flattenOutline(n.items)]);
}

/** Each `/FontDescriptor` dictionary in the raw file, and whether it has an embedded font program. */
export function fontDescriptors(pdf: Uint8Array): { count: number; embedded: number; type3: number } {
  const raw = Buffer.from(pdf).toString('latin1');
  const dicts = raw.match(/<<(?:(?!>>)[\s\S])*?\/Type\s*\/FontDescriptor[\s\S]*?>>/g) ?? [];
  const embedded = dicts.filter((d) => /\/FontFile[23]?\s+\d+\s+\d+\s+R/.test(d)).length;
  const type3 = (raw.match(/\/Subtype\s*\/Type3\b/g) ?? []).length;
  return { count: dicts.length, embedded, type3 };
}

/** Does the raw file hold an image XObject (a raster picture)? */
export function hasImageXObject(pdf: Uint8Array): boolean {
  return /\/Subtype\s*\/Image\b/.test(Buffer.from(pdf).toString('latin1'));
}
