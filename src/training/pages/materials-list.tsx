/** A session's materials (files and links); managers publish or withdraw each one. */
import type { VNode } from 'preact';
import { formatCount } from '../../domain/format.js';
import { Form } from '../../workflow/pages/form.js';

export interface MaterialView {
  readonly id: number;
  readonly kind: 'file' | 'link';
  readonly title: string;
  readonly file_name: string | null;
  readonly bytes: number | null;
  readonly url: string | null;
  readonly public: boolean;
}

function size(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB`
    : `${formatCount(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

export function MaterialsList({
  materials,
  manages,
  csrf,
  sessionId,
}: {
  materials: readonly MaterialView[];
  manages: boolean;
  csrf: string;
  sessionId: number;
}): VNode | null {
  if (materials.length === 0 && !manages) return null;
  return (
    <section aria-labelledby={`materiaal-${sessionId}`}>
      <h2 id={`materiaal-${sessionId}`}>Materiaal</h2>
      {materials.length === 0 ? <p>Nog geen materiaal.</p> : null}
      <ul>
        {materials.map((m) => (
          <li key={m.id}>
            {m.kind === 'file' ? (
              <a href={`/vorming/materiaal/${m.id}`}>{m.title}</a>
            ) : (
              <a href={m.url ?? '#'}>{m.title}</a>
            )}
            {m.kind === 'file' && m.file_name ? ` (${m.file_name}, ${size(m.bytes ?? 0)})` : ' (link)'}
            {m.public ? ' · openbaar' : ' · alleen voor deelnemers en AgII'}
            {manages && m.kind === 'file' ? (
              <Form action={`/vorming/materiaal/${m.id}/publiek`} csrf={csrf} inline>
                <input type="hidden" name="publiek" value={m.public ? 'nee' : 'ja'} />{' '}
                <button type="submit">{m.public ? 'Niet meer openbaar' : 'Openbaar maken'}</button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
