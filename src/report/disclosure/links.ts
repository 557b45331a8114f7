/**
 * Counts of a plan that another dataset publishes exactly (catalog relations to open data): every reader
 * knows them, so they enter the plan as published cells, never hidden, known to the attacker.
 */

import type { DatasetRelation } from '../../indicators/dataset-relations.js';
import type { FactFilter, FactTable } from '../../indicators/fact-table.js';
import type { CodeSets, KeySpace } from './canonical.js';

/** The target filters whose sums equal the count with these code sets, or undefined when not linked. */
export function linkedFilters(
  relation: DatasetRelation,
  keys: KeySpace,
  sets: CodeSets,
): FactFilter[] | undefined {
  let product: FactFilter[] = [relation.filter];
  for (let i = 0; i < keys.dataset.dimensions.length; i++) {
    const dim = keys.dataset.dimensions[i]?.name as string;
    const chosen = sets[i];
    const groups = relation.dimensions[dim];
    if (chosen === undefined) continue; // all codes: no restriction
    if (!groups) return undefined;
    const picked = groups.filter((g) => g.codes.some((c) => chosen.includes(c)));
    const present = keys.present[i] ?? [];
    const covered = picked.flatMap((g) => g.codes.filter((c) => present.includes(c)));
    // Linked only when the chosen codes are exactly a union of whole groups (as far as codes are present).
    if (covered.length !== chosen.length || !covered.every((c) => chosen.includes(c))) return undefined;
    product = product.flatMap((f) => picked.map((g) => ({ ...f, ...g.filter })));
  }
  return product;
}

export interface LinkInput {
  readonly relations: readonly DatasetRelation[];
  readonly keys: KeySpace;
  readonly sets: readonly CodeSets[];
  /** The cell id of a period, municipality and key. */
  readonly cellId: (period: string, area: string, key: string) => string;
  readonly values: ReadonlyMap<string, number>;
  /** The target dataset's table of a period and municipality, if published for it. */
  readonly target: (dataset: string, period: string, nis: string) => FactTable | undefined;
}

export interface Links {
  readonly published: Set<string>;
  /** Linked counts whose data disagree with the relation (then not used), for the log. */
  readonly disagreements: number;
}

/** Published cells of the municipalities; an aggregate is published when all its members are. */
export function publishedByLinks(
  input: LinkInput,
  periods: readonly string[],
  municipalities: readonly string[],
  aggregates: ReadonlyMap<string, readonly string[]>,
): Links {
  const published = new Set<string>();
  let disagreements = 0;
  for (const relation of input.relations) {
    if (relation.dataset !== input.keys.dataset.id) continue;
    const linked = input.sets.flatMap((s) => {
      const filters = linkedFilters(relation, input.keys, s);
      return filters ? [{ key: input.keys.key(s), filters }] : [];
    });
    if (linked.length === 0) continue;
    for (const p of periods) {
      for (const nis of municipalities) {
        const table = input.target(relation.equals, p, nis);
        if (!table) continue;
        for (const { key, filters } of linked) {
          const id = input.cellId(p, nis, key);
          const own = input.values.get(id);
          if (own === undefined) continue;
          const theirs = filters.reduce((t, f) => t + table.sum(f), 0);
          if (theirs === own) published.add(id);
          else disagreements++;
        }
      }
      for (const [areaId, members] of aggregates) {
        for (const { key } of linked) {
          if (members.every((m) => published.has(input.cellId(p, m, key))))
            published.add(input.cellId(p, areaId, key));
        }
      }
    }
  }
  return { published, disagreements };
}
