/** Small views of an account shared by the pages: roles and municipalities in words, a status label. */
import type { VNode } from 'preact';
import { ROLE_LABELS } from '../../access/principal.js';
import { formatDateTime } from '../../domain/format.js';
import type { Account } from '../repository.js';

export const STATUS_LABELS: Readonly<Record<Account['status'], string>> = {
  invited: 'uitgenodigd',
  active: 'actief',
  disabled: 'uitgeschakeld',
};

export function rolesText(account: Account): string {
  return account.roles.map((r) => ROLE_LABELS[r]).join(', ') || 'geen rol';
}

export function municipalitiesText(account: Account, label: (nis: string) => string): string {
  return account.municipalities.map(label).join(', ') || '–';
}

export function When({ at }: { at: Date | null }): VNode {
  return at ? <time dateTime={at.toISOString()}>{formatDateTime(at)}</time> : <span>–</span>;
}
