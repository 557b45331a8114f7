/** The columns of a report: the subject, then its province and the Vlaams Gewest. */
import type { Division } from '../domain/division.js';
import type { Area, Geography } from '../geo/index.js';
import type { AreaRef } from './model.js';

export function areaRef(geo: Geography, area: Area): AreaRef {
  return { level: area.level, nis: area.nis, name: area.name, label: geo.displayName(area) };
}

export function comparisonAreas(geo: Geography, division: Division, subject: Area): Area[] {
  const out: Area[] = [subject];
  const { province, region } = subject.parents;
  if (province && subject.level !== 'province') {
    const p = geo.area(division, 'province', province);
    if (p) out.push(p);
  }
  if (region && subject.level !== 'region') {
    const r = geo.area(division, 'region', region);
    if (r) out.push(r);
  }
  return out;
}

/** Plain-Dutch notes on how the subject's figures were put together (mergers, moves). */
export function areaNotes(geo: Geography, division: Division, subject: Area, year: number): string[] {
  if (subject.level !== 'municipality' || division !== '2025' || year >= 2025) return [];
  const parts = geo.predecessors(subject.nis);
  if (parts.length < 2) return [];
  const former = parts
    .map((nis) => geo.municipality('2019-2024', nis))
    .filter((a) => a !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  const names = former.map((a) => a.name);
  const list = `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
  let note =
    `${subject.name} bestaat sinds 1 januari 2025 uit de vroegere gemeenten ${list}. ` +
    `De cijfers voor ${year} zijn de som van die gemeenten.`;
  for (const part of former) {
    const oldProvince = part.parents.province;
    if (oldProvince && oldProvince !== subject.parents.province) {
      const p = geo.area('2019-2024', 'province', oldProvince);
      note += ` ${part.name} hoorde tot eind 2024 bij de ${p ? geo.displayName(p) : `provincie ${oldProvince}`}.`;
    }
  }
  return [note];
}
