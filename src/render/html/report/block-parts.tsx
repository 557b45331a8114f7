/** Parts every report block shares: its heading with a permalink, and its source line. */
import type { VNode } from 'preact';
import type { SourceRef } from '../../../report/model.js';
import { DemoMark } from '../demo.js';

export function BlockHeading({
  anchor,
  title,
  demo,
  provisional,
}: {
  anchor: string;
  title: string;
  demo: boolean;
  provisional: boolean;
}): VNode {
  return (
    <h3>
      <span id={`${anchor}-titel`}>{title}</span>
      {demo ? <DemoMark /> : null}
      {provisional ? <span class="provisional"> voorlopige cijfers</span> : null}{' '}
      <a class="permalink" href={`#${anchor}`} aria-label={`Link naar ${title}`}>
        #
      </a>
    </h3>
  );
}

export function SourceLine({
  source,
  periodLabel,
  indicatorId,
}: {
  source: SourceRef;
  periodLabel: string;
  indicatorId?: string;
}): VNode {
  return (
    <p class="def source">
      Bron: {source.url ? <a href={source.url}>{source.publisher}</a> : source.publisher}, {source.name}.
      Periode: <strong>{periodLabel}</strong>.
      {indicatorId ? (
        <>
          {' '}
          <a href={`/indicator/${indicatorId}`}>Over deze indicator</a>
        </>
      ) : null}
    </p>
  );
}
