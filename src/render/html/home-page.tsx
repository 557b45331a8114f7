/** Start page: "Zoek je gemeente", with every municipality listed as a plain link (works without JS). */
import type { VNode } from 'preact';
import type { Division } from '../../domain/division.js';
import type { Area } from '../../geo/index.js';
import { Page } from './document.js';

export interface ProvinceGroup {
  readonly province: string;
  readonly municipalities: readonly Area[];
}

export function HomePage({
  groups,
  division,
  note,
}: {
  groups: readonly ProvinceGroup[];
  division: Division;
  /** A line under the search form (how many municipalities used their report). */
  note?: string;
}): VNode {
  return (
    <Page
      title="Zoek je gemeente"
      description="Cijfers over de diversiteit van de bevolking van elke Vlaamse gemeente."
    >
      <section class="hero">
        <h1>Zoek je gemeente</h1>
        <p class="lead">
          De bevolking van je gemeente naar geslacht, leeftijd en nationaliteit, naast je provincie en het
          Vlaams Gewest. Met bron en referentiedatum bij elk cijfer.
        </p>
        <form class="search" method="get" action="/zoek" role="search">
          <label for="q" class="visually-hidden">
            Gemeente of NIS-code
          </label>
          <input
            id="q"
            name="q"
            type="search"
            list="gemeenten"
            placeholder="bv. Gent, Sint-Niklaas of 44021"
            required
          />
          <input type="hidden" name="indeling" value={division} />
          <button type="submit">Zoek</button>
          <datalist id="gemeenten">
            {groups.flatMap((g) => g.municipalities.map((m) => <option key={m.nis} value={m.name} />))}
          </datalist>
        </form>
        {note ? <p class="usage-note">{note}</p> : null}
      </section>
      <h2>Alle gemeenten</h2>
      {groups.map((g) => (
        <section key={g.province} aria-labelledby={idOf(g.province)}>
          <h3 id={idOf(g.province)}>{g.province}</h3>
          <ul class="columns">
            {g.municipalities.map((m) => (
              <li key={m.nis}>
                <a href={`/gemeente/${m.nis}`}>{m.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

/** An id without spaces or accents: 'provincie Oost-Vlaanderen' → 'prov-provincie-oost-vlaanderen'. */
function idOf(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `prov-${slug}`;
}
