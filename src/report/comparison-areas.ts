/**
 * The columns of a report: the subject, any municipalities the user adds (side by side), then its
 * province and the Vlaams Gewest; the group of similar municipalities is added by the report builder.
 */
import type { Division } from '../domain/division.js';
import type { Area, Geography } from '../geo/index.js';
import type { AreaRef } from './model.js';

export function areaRef(geo: Geography, area: Area): AreaRef {
  return { level: area.level, nis: area.nis, name: area.name, label: geo.displayName(area) };
}

export function comparisonAreas(
  geo: Geography,
  division: Division,
  subject: Area,
  extra: readonly Area[] = [],
): Area[] {
  const out: Area[] = [subject];
  for (const a of extra) if (!out.some((o) => o.level === a.level && o.nis === a.nis)) out.push(a);
  const { province, region } = subject.parents;
  const add = (a: Area | undefined) => {
    if (a && !out.some((o) => o.level === a.level && o.nis === a.nis)) out.push(a);
  };
  if (province && subject.level !== 'province') add(geo.area(division, 'province', province));
  if (region && subject.level !== 'region') add(geo.area(division, 'region', region));
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
