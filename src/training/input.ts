/** Reads the training forms' fields into checked values; every refusal says what is wrong, in Dutch. */
import { isDay, isTime } from './brussels-time.js';
import { TrainingError } from './notify.js';

export interface SessionInput {
  readonly topic: string;
  readonly goals: string;
  readonly day: string | null;
  readonly startTime: string | null;
  readonly endTime: string | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly trainer: string | null;
  readonly capacity: number | null;
}

type Fields = Readonly<Record<string, string | undefined>>;

const text = (f: Fields, name: string) => (f[name] ?? '').trim();
const optional = (f: Fields, name: string) => text(f, name) || null;

export function readDay(value: string, label: string): string {
  if (!isDay(value)) throw new TrainingError(`${label}: geef een datum als jjjj-mm-dd (bv. 2026-09-18).`);
  return value;
}

export function readTime(value: string | null, label: string): string | null {
  if (value === null) return null;
  if (!isTime(value)) throw new TrainingError(`${label}: geef een uur als uu:mm (bv. 09:30).`);
  return value;
}

export function readTimes(
  start: string | null,
  end: string | null,
): { start: string | null; end: string | null } {
  const s = readTime(start, 'Beginuur');
  const e = readTime(end, 'Einduur');
  if (e && !s) throw new TrainingError('Geef ook een beginuur als je een einduur geeft.');
  if (s && e && e <= s) throw new TrainingError('Het einduur moet na het beginuur liggen.');
  return { start: s, end: e };
}

export function readUrl(value: string | null, label: string): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TrainingError(`${label}: dit is geen webadres (begin met https://).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TrainingError(`${label}: alleen http- en https-adressen.`);
  return url.toString();
}

export function readSessionInput(f: Fields): SessionInput {
  const topic = text(f, 'onderwerp');
  if (!topic) throw new TrainingError('Geef het onderwerp van de sessie.');
  if (topic.length > 200) throw new TrainingError('Het onderwerp is te lang (hoogstens 200 tekens).');
  const dayText = text(f, 'datum');
  const day = dayText ? readDay(dayText, 'Datum') : null;
  const { start, end } = readTimes(optional(f, 'begin'), optional(f, 'einde'));
  if (!day && start) throw new TrainingError('Geef een datum bij het uur, of laat beide leeg.');
  const capacityText = text(f, 'capaciteit');
  let capacity: number | null = null;
  if (capacityText) {
    capacity = Number(capacityText);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000)
      throw new TrainingError('Capaciteit: een geheel getal van minstens 1, of leeg voor onbeperkt.');
  }
  return {
    topic,
    goals: text(f, 'doelen').slice(0, 4000),
    day,
    startTime: start,
    endTime: end,
    place: optional(f, 'plaats'),
    onlineUrl: readUrl(optional(f, 'online'), 'Onlinelink'),
    trainer: optional(f, 'trainer'),
    capacity,
  };
}
