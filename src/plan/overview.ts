/**
 * AgII's overview of all plans: which keys get actions, the most frequent kinds of actions, the
 * indicators the plans follow and how they moved since each plan (on the active release), and the map
 * of municipalities with a plan (the report's choropleth with ordered categories, as /beheer/gebruik).
 */
import { choroplethChart } from '../charts/choropleth.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import type { Baseline } from './figures.js';
import { ACTION_KINDS, type ActionKind, KEYS, type KeyNumber } from './keys.js';
import type { PlanView } from './service.js';

export interface KeyUse {
  readonly key: KeyNumber;
  /** Plans with at least one action under this key. */
  readonly plans: number;
  readonly actions: number;
}

export interface ProgressRow {
  readonly nis: string;
  readonly key: KeyNumber;
  readonly baseline: Baseline;
  readonly target: string;
  /** What the active release's report shows now; undefined when it has no figure. */
  readonly now: Baseline | undefined;
  readonly since: string | null;
}

export interface PlansOverview {
  readonly plans: readonly PlanView[];
  readonly keys: readonly KeyUse[];
  /** Kinds of actions, most frequent first (ties by name). */
  readonly kinds: readonly { readonly kind: string; readonly label: string; readonly count: number }[];
  /** Indicators followed, by how many plans follow them. */
  readonly indicators: readonly { readonly title: string; readonly plans: number }[];
  readonly progress: readonly ProgressRow[];
}

export function plansOverview(plans: readonly PlanView[], progress: readonly ProgressRow[]): PlansOverview {
  const keys = KEYS.map((key) => {
    const per = plans.map((p) => p.actions.filter((a) => a.key === key).length);
    return { key, plans: per.filter((n) => n > 0).length, actions: per.reduce((a, b) => a + b, 0) };
  });
  const kindCount = new Map<string, number>();
  for (const p of plans) for (const a of p.actions) kindCount.set(a.kind, (kindCount.get(a.kind) ?? 0) + 1);
  const kinds = [...kindCount]
    .map(([kind, count]) => ({ kind, label: ACTION_KINDS[kind as ActionKind] ?? kind, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  const followed = new Map<string, Set<string>>();
  for (const p of plans)
    for (const i of p.indicators) {
      const set = followed.get(i.baseline.title) ?? new Set<string>();
      set.add(p.plan.nis);
      followed.set(i.baseline.title, set);
    }
  const indicators = [...followed]
    .map(([title, set]) => ({ title, plans: set.size }))
    .sort((a, b) => b.plans - a.plans || a.title.localeCompare(b.title, 'nl'));
  return { plans, keys, kinds, indicators, progress };
}

const MAP_ORDER = ['geen plan', 'concept', 'ingediend of in feedback', 'definitief'] as const;

function mapCategory(p: PlanView | undefined): number {
  if (!p) return 0;
  if (p.plan.state === 'concept') return 1;
  if (p.plan.state === 'definitief') return 3;
  return 2;
}

/** The map of Flanders: which municipalities have a plan, and how far it is. */
export function plansMapSvg(
  overview: PlansOverview,
  municipalities: readonly { readonly nis: string }[],
  date: string,
): string {
  const byNis = new Map(overview.plans.map((p) => [p.plan.nis, p]));
  const values = municipalities.map((m) => ({ nis: m.nis, value: mapCategory(byNis.get(m.nis)) }));
  const spec = choroplethChart({
    title: 'Gemeenten met een plan van aanpak',
    unit: 'count',
    scope: 'region',
    scopeArea: { nis: '02000', label: 'Vlaams Gewest' },
    subjectNis: null,
    division: '2025',
    source: {
      id: 'plannen',
      name: 'plannen van aanpak in deze toepassing',
      publisher: 'AgII',
      url: null,
      licence: '',
    },
    periodLabel: `toestand op ${date}`,
    demo: false,
    values,
    categories: {
      labels: [...MAP_ORDER],
      heading: 'plan van aanpak',
      note: 'Een plan telt als ingediend zodra de gemeente het indiende, tot het definitief is.',
    },
  });
  const counts = MAP_ORDER.map((label, i) => `${values.filter((v) => v.value === i).length} ${label}`);
  const description = `Kaart van de ${values.length} gemeenten van het Vlaams Gewest: ${counts.join(', ')}. De tabel hieronder noemt elke gemeente met een plan.`;
  return renderSpecSvg({ ...spec, description }, 'plannen');
}
