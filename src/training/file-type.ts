/**
 * What a material file is, told from its content (never from its name or the browser's word): PDF,
 * PNG, JPEG, or an Office Open XML / OpenDocument file (a zip whose members say which).
 */
import { listZipEntries, readAt } from '../sources/zip-directory.js';

export interface FileType {
  readonly label: string;
  readonly contentType: string;
  readonly extension: string;
}

const PDF: FileType = { label: 'PDF', contentType: 'application/pdf', extension: 'pdf' };
const PNG: FileType = { label: 'PNG-afbeelding', contentType: 'image/png', extension: 'png' };
const JPEG: FileType = { label: 'JPEG-afbeelding', contentType: 'image/jpeg', extension: 'jpg' };
const OOXML = 'application/vnd.openxmlformats-officedocument';
const DOCX: FileType = {
  label: 'Word-document',
  contentType: `${OOXML}.wordprocessingml.document`,
  extension: 'docx',
};
const PPTX: FileType = {
  label: 'PowerPoint-presentatie',
  contentType: `${OOXML}.presentationml.presentation`,
  extension: 'pptx',
};
const XLSX: FileType = {
  label: 'Excel-werkmap',
  contentType: `${OOXML}.spreadsheetml.sheet`,
  extension: 'xlsx',
};
const ODF = 'application/vnd.oasis.opendocument';
const ODT: FileType = { label: 'OpenDocument-tekst', contentType: `${ODF}.text`, extension: 'odt' };
const ODP: FileType = {
  label: 'OpenDocument-presentatie',
  contentType: `${ODF}.presentation`,
  extension: 'odp',
};

export const ACCEPTED_TYPES = 'PDF, Word, PowerPoint, Excel, OpenDocument (tekst, presentatie), PNG of JPEG';

export async function sniffFileType(path: string): Promise<FileType | undefined> {
  const head = await readAt(path, 0, 64);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return PDF;
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return PNG;
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return JPEG;
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return sniffZip(path, head);
  return undefined;
}

async function sniffZip(path: string, head: Buffer): Promise<FileType | undefined> {
  // OpenDocument: the first member is `mimetype`, stored, holding the media type.
  if (head.subarray(30, 38).toString('latin1') === 'mimetype') {
    const type = head.subarray(38, 64).toString('latin1');
    if (type.startsWith(ODT.contentType)) return ODT;
    if (type.startsWith(ODP.contentType)) return ODP;
  }
  let names: string[];
  try {
    names = (await listZipEntries(path)).map((e) => e.name);
  } catch {
    return undefined;
  }
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.includes('word/document.xml')) return DOCX;
  if (names.includes('ppt/presentation.xml')) return PPTX;
  if (names.includes('xl/workbook.xml')) return XLSX;
  return undefined;
}
