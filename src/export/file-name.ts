/** The file name of a report download: what it holds, and DEMO first when it holds demonstration data. */
import type { Report } from '../report/model.js';

/** `Sint-Truiden` → `sint-truiden`, `Comines-Warneton` → …, `Ieper` → `ieper`: ASCII, lower case, dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `cijferrapport-gent-44021-2021-indeling-2025.xlsx`; `DEMO-cijferrapport-…` when any figure is generated
 * demonstration data (as the indicator downloads: `downloadName`). The division is part of the name: the
 * same municipality and year give different figures on the 2019–2024 and the 2025 division.
 */
export function reportFileName(
  report: Report,
  extension: 'xlsx' | 'csv' | 'json' | 'html' | 'pdf',
  /** `kernrapport-…` for the kernrapport (html, pdf), `cijferrapport-…` for the full report. */
  kind: 'cijferrapport' | 'kernrapport' = 'cijferrapport',
): string {
  const name = slug(report.subject.name) || 'gebied';
  const base = `${kind}-${name}-${report.subject.nis}-${report.year}-indeling-${report.division}`;
  return `${report.demo ? 'DEMO-' : ''}${base}.${extension}`;
}
