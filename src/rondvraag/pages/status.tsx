/** Small pieces shared by the rondvraag pages: notices, dates, the state of one municipality. */
import type { VNode } from 'preact';
import { formatDate, formatDateTime, formatPercent } from '../../domain/format.js';
import { brusselsDay } from '../../usage/days.js';
import type { Rate } from '../overview.js';

export function Notice({ text }: { text: string | undefined }): VNode | null {
  return text ? (
    <p role="status" class="note">
      {text}
    </p>
  ) : null;
}

export function Day({ at }: { at: Date | undefined | null }): VNode {
  return at ? <time dateTime={at.toISOString()}>{formatDate(brusselsDay(at))}</time> : <>–</>;
}

export function Moment({ at }: { at: Date }): VNode {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

export function rateText(r: Rate): string {
  return r.rate === null
    ? 'nog niemand uitgenodigd'
    : `${r.answered} van ${r.invited} beantwoord (${formatPercent(r.rate)})`;
}
