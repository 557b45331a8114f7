/** Search results, and the friendly "not found" page with suggestions. */
import type { VNode } from 'preact';
import type { SearchHit } from '../../geo/index.js';
import { Page } from './document.js';

function Hits({ hits }: { hits: readonly SearchHit[] }): VNode {
  return (
    <ul class="hits">
      {hits.map((h) => (
        <li key={`${h.area.nis}-${h.matchedName}`}>
          <a href={`/gemeente/${h.area.nis}?indeling=${h.area.division}`}>{h.area.name}</a>{' '}
          <span class="meta">(NIS {h.area.nis})</span>
          {h.note ? <div class="meta">{h.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}

export function SearchPage({ query, hits }: { query: string; hits: readonly SearchHit[] }): VNode {
  return (
    <Page title={`Zoeken: ${query}`} query={query}>
      <h1>Zoekresultaten voor “{query}”</h1>
      {hits.length > 0 ? (
        <Hits hits={hits} />
      ) : (
        <p>
          Geen gemeente gevonden. Probeer een andere schrijfwijze, een NIS-code (vijf cijfers), of kies in de{' '}
          <a href="/">lijst van alle gemeenten</a>.
        </p>
      )}
    </Page>
  );
}

export function NotFoundPage({
  asked,
  suggestions,
}: {
  asked: string;
  suggestions: readonly SearchHit[];
}): VNode {
  return (
    <Page title="Gemeente niet gevonden" query={asked}>
      <h1>Deze gemeente kennen we niet</h1>
      <p>
        “{asked}” is geen Vlaamse gemeente in deze indeling.
        {suggestions.length > 0 ? ' Bedoelde je misschien:' : ''}
      </p>
      {suggestions.length > 0 ? <Hits hits={suggestions} /> : null}
      <p>
        <a href="/">Naar de lijst van alle gemeenten</a>
      </p>
    </Page>
  );
}

export function MessagePage({ title, message }: { title: string; message: string }): VNode {
  return (
    <Page title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
    </Page>
  );
}
