/** Test builders: disclosure problems shaped like the product's tables (areas × categories). */
import type {
  Cell,
  DisclosureProblem,
  Relation,
  SuppressionKind,
} from '../../../src/indicators/disclosure/index.js';

export interface AreaNode {
  readonly id: string;
  readonly children?: readonly AreaNode[];
}

export interface AreaTableSpec {
  /** Area trees: each parent = sum of its children, per category and for the total column. */
  readonly roots: readonly AreaNode[];
  readonly categories: readonly string[];
  readonly leafValue: (area: string, category: string) => number;
  /** Extra totals over leaves, like a 2025 merged municipality over its former parts. */
  readonly merged?: readonly { readonly id: string; readonly members: readonly string[] }[];
  readonly threshold: number;
  readonly published?: (cellId: string) => boolean;
}

export const cellId = (area: string, category: string) => `${area}/${category}`;

/** Cells `area/category` plus `area/total`; relations: row totals, parent = Σ children, merged = Σ members. */
export function areaTable(spec: AreaTableSpec): DisclosureProblem {
  const columns = [...spec.categories, 'total'];
  const values = new Map<string, number>();
  const relations: Relation[] = [];
  const areas: string[] = [];
  const rowOf = (area: string, value: (category: string) => number) => {
    areas.push(area);
    for (const c of spec.categories) values.set(cellId(area, c), value(c));
    values.set(
      cellId(area, 'total'),
      spec.categories.reduce((s, c) => s + value(c), 0),
    );
    relations.push({ total: cellId(area, 'total'), parts: spec.categories.map((c) => cellId(area, c)) });
  };
  const visit = (node: AreaNode): void => {
    const children = node.children ?? [];
    for (const child of children) visit(child);
    if (children.length === 0) {
      rowOf(node.id, (c) => spec.leafValue(node.id, c));
      return;
    }
    rowOf(node.id, (c) => children.reduce((s, ch) => s + (values.get(cellId(ch.id, c)) ?? 0), 0));
    for (const c of columns)
      relations.push({ total: cellId(node.id, c), parts: children.map((ch) => cellId(ch.id, c)) });
  };
  for (const root of spec.roots) visit(root);
  for (const m of spec.merged ?? []) {
    rowOf(m.id, (c) => m.members.reduce((s, leaf) => s + (values.get(cellId(leaf, c)) ?? 0), 0));
    for (const c of columns)
      relations.push({ total: cellId(m.id, c), parts: m.members.map((leaf) => cellId(leaf, c)) });
  }
  const cells: Cell[] = [...values].map(([id, value]) => ({ id, value }));
  const published = new Set(cells.filter((c) => spec.published?.(c.id)).map((c) => c.id));
  return { cells, relations, threshold: spec.threshold, published };
}

/** Cells from a plain record, for small hand-made cases. */
export function cellsOf(values: Record<string, number>): Cell[] {
  return Object.entries(values).map(([id, value]) => ({ id, value }));
}

/** Only the small non-zero cells (not published): what is hidden as "< T" whatever else happens. */
export function primaryOnly(problem: DisclosureProblem): Map<string, SuppressionKind> {
  const out = new Map<string, SuppressionKind>();
  for (const c of problem.cells) {
    if (!problem.published?.has(c.id) && c.value > 0 && c.value < problem.threshold) out.set(c.id, 'primary');
  }
  return out;
}

/**
 * The most protection any valid suppression can give: the small counts plus every cell that may be hidden
 * to protect them (zeros as "< T", cells ≥ T as "x"), except dead ends. A dead end sits in a relation
 * without small counts whose other candidates are all dead ends (or none): suppressing it leaves it alone
 * there, i.e. given away, so no valid result holds it. If this suppression still leaks a small count, no
 * suppression can protect it (ranges only widen as more cells are hidden). Written apart from the
 * engine's own rule, as a test oracle.
 */
export function maximalSuppression(problem: DisclosureProblem): Map<string, SuppressionKind> {
  const out = primaryOnly(problem);
  const T = problem.threshold;
  const kind = new Map<string, SuppressionKind>();
  for (const c of problem.cells) {
    if (problem.published?.has(c.id)) continue;
    if (c.value >= T) kind.set(c.id, 'secondary');
    else if (c.value === 0 && T >= 2) kind.set(c.id, 'primary');
  }
  const candidate = new Set(kind.keys());
  const members = problem.relations.map((r) => new Set([r.total, ...r.parts]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const cells of members) {
      if ([...cells].some((id) => out.has(id))) continue;
      const live = [...cells].filter((id) => candidate.has(id));
      if (live.length === 1) {
        candidate.delete(live[0] as string);
        changed = true;
      }
    }
  }
  for (const id of candidate) out.set(id, kind.get(id) as SuppressionKind);
  return out;
}
