/**
 * The state of the rondvraag per municipality (/beheer/rondvraag): invited or not, answered or not,
 * whether it uses the figures according to its answer, and next to it what the usage counts say. Pure:
 * the service reads, this adds up (response rate overall and per province, the map's categories).
 */
import type { Adoption, UsageRow } from '../usage/overview.js';
import type { RondvraagMunicipality } from './municipalities.js';

/** What the municipality said to "did you use the figures?" (`gebruikt`). */
export type UseAnswer = 'ja' | 'nee' | 'weet-niet';

export const USE_LABELS: Readonly<Record<UseAnswer, string>> = {
  ja: 'gebruikt de cijfers',
  nee: 'gebruikt de cijfers niet',
  'weet-niet': 'weet het niet',
};

export type ResponseState = 'niet-bevraagd' | 'uitgenodigd' | 'begonnen' | 'beantwoord';

export const STATE_LABELS: Readonly<Record<ResponseState, string>> = {
  'niet-bevraagd': 'niet bevraagd',
  uitgenodigd: 'nog niet beantwoord',
  begonnen: 'begonnen, nog niet verstuurd',
  beantwoord: 'beantwoord',
};

/** The map's four classes, in order (the choropleth's ordered categories). */
export const MAP_CLASSES = [
  'niet bevraagd',
  'nog niet beantwoord',
  'beantwoord: gebruikt de cijfers niet (of weet het niet)',
  'beantwoord: gebruikt de cijfers',
] as const;

export interface InvitationState {
  readonly email: string;
  readonly invitedAt: Date;
  readonly reminders: number;
}

export interface ResponseSummary {
  readonly complete: boolean;
  readonly use: UseAnswer | undefined;
  readonly updatedAt: Date;
}

export interface RondvraagRow extends RondvraagMunicipality {
  readonly contact: string | undefined;
  readonly invitation: InvitationState | undefined;
  readonly state: ResponseState;
  /** Only for a sent (complete) response. */
  readonly use: UseAnswer | undefined;
  readonly answeredAt: Date | undefined;
  /** The usage counts of the last 12 months (src/usage), when known. */
  readonly adoption: Adoption | undefined;
  readonly views: number;
  readonly downloads: number;
  /** Index into MAP_CLASSES. */
  readonly mapClass: number;
}

export interface Rate {
  readonly invited: number;
  readonly answered: number;
  /** answered / invited, null when nobody was invited. */
  readonly rate: number | null;
}

export interface ProvinceRate extends Rate {
  readonly province: string;
}

export interface RondvraagOverview {
  readonly rows: readonly RondvraagRow[];
  readonly total: Rate;
  readonly provinces: readonly ProvinceRate[];
  readonly use: Readonly<Record<UseAnswer, number>>;
  /** Answered municipalities by their answer × their adoption according to the usage counts. */
  readonly combined: readonly { readonly use: UseAnswer; readonly adoption: Adoption; readonly n: number }[];
}

export function rondvraagRows(
  municipalities: readonly RondvraagMunicipality[],
  contacts: ReadonlyMap<string, string>,
  invitations: ReadonlyMap<string, InvitationState>,
  responses: ReadonlyMap<string, ResponseSummary>,
  usage: readonly UsageRow[],
): RondvraagRow[] {
  const usageOf = new Map(usage.map((u) => [u.nis, u]));
  return municipalities.map((m) => {
    const invitation = invitations.get(m.nis);
    const response = invitation ? responses.get(m.nis) : undefined;
    const state: ResponseState = !invitation
      ? 'niet-bevraagd'
      : response?.complete
        ? 'beantwoord'
        : response
          ? 'begonnen'
          : 'uitgenodigd';
    const use = state === 'beantwoord' ? response?.use : undefined;
    const u = usageOf.get(m.nis);
    return {
      ...m,
      contact: contacts.get(m.nis),
      invitation,
      state,
      use,
      answeredAt: state === 'beantwoord' ? response?.updatedAt : undefined,
      adoption: u?.adoption,
      views: u?.views ?? 0,
      downloads: u?.downloadsTotal ?? 0,
      mapClass: state === 'niet-bevraagd' ? 0 : state !== 'beantwoord' ? 1 : use === 'ja' ? 3 : 2,
    };
  });
}

function rate(rows: readonly RondvraagRow[]): Rate {
  const invited = rows.filter((r) => r.state !== 'niet-bevraagd').length;
  const answered = rows.filter((r) => r.state === 'beantwoord').length;
  return { invited, answered, rate: invited > 0 ? answered / invited : null };
}

export function rondvraagOverview(rows: readonly RondvraagRow[]): RondvraagOverview {
  const provinces = [...new Set(rows.map((r) => r.province))]
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .map((province) => ({ province, ...rate(rows.filter((r) => r.province === province)) }));
  const use: Record<UseAnswer, number> = { ja: 0, nee: 0, 'weet-niet': 0 };
  const combined = new Map<string, { use: UseAnswer; adoption: Adoption; n: number }>();
  for (const r of rows) {
    if (!r.use) continue;
    use[r.use]++;
    const adoption = r.adoption ?? 'geen';
    const key = `${r.use}/${adoption}`;
    const cell = combined.get(key) ?? { use: r.use, adoption, n: 0 };
    cell.n++;
    combined.set(key, cell);
  }
  return { rows, total: rate(rows), provinces, use, combined: [...combined.values()] };
}
