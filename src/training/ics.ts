/**
 * Calendar invitations (.ics, RFC 5545) for a session, made with the `ics` package: one UID per session
 * that never changes, a SEQUENCE that grows with every change, METHOD REQUEST for an invitation or a
 * change and CANCEL when the session is cancelled or the person unregisters. A session with a day but
 * no times is an all-day event.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { MailAttachment } from '../store/tables.js';
import { brusselsInstant } from './brussels-time.js';

export interface IcsSession {
  readonly uid: string;
  readonly sequence: number;
  readonly title: string;
  readonly description: string;
  readonly day: string;
  readonly startTime: string | null;
  readonly endTime: string | null;
  readonly location: string | null;
  readonly url: string;
}

function utcArray(at: Date): [number, number, number, number, number] {
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes()];
}

function dayArray(day: string, plusDays = 0): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + plusDays));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

export function sessionIcs(
  session: IcsSession,
  attendee: { name: string; email: string },
  organizer: { name: string; email: string },
  method: 'REQUEST' | 'CANCEL',
): string {
  let when: Record<string, unknown>;
  if (session.startTime) {
    const start = brusselsInstant(session.day, session.startTime);
    const end = session.endTime
      ? brusselsInstant(session.day, session.endTime)
      : new Date(start.getTime() + 3_600_000);
    when = {
      start: utcArray(start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcArray(end),
      endInputType: 'utc',
      endOutputType: 'utc',
    };
  } else {
    when = { start: dayArray(session.day), end: dayArray(session.day, 1) };
  }
  const { error, value } = createEvent({
    ...when,
    title: session.title,
    description: session.description,
    ...(session.location ? { location: session.location } : {}),
    url: session.url,
    uid: session.uid,
    sequence: session.sequence,
    method,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer,
    attendees: [{ ...attendee, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
    productId: 'omgevingsanalyse/vorming',
    calName: 'Vorming lokale integratieambtenaren',
  } as EventAttributes);
  if (error || !value) throw error ?? new Error('ics: no calendar produced');
  return value;
}

export function icsAttachment(ics: string, method: 'REQUEST' | 'CANCEL'): MailAttachment {
  return {
    filename: method === 'CANCEL' ? 'afgelast.ics' : 'uitnodiging.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: ics,
  };
}
