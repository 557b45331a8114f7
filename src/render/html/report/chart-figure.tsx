/**
 * A block's chart: inline vector SVG when printed or embedded, a lazily loaded SVG image on the web
 * page (with the same text alternative), and always the figures in a real table next to it.
 */
import type { ComponentChildren, VNode } from 'preact';
import type { Block } from '../../../report/model.js';
import { BlockHeading } from './block-parts.js';
import type { ReportView } from './view.js';

export function ChartFigure({
  block,
  view,
  alt,
}: {
  block: Block;
  view: ReportView;
  alt: string;
}): VNode | null {
  if (!view.charts.has(block)) return null;
  const { width, height } = view.charts.size(block);
  if (view.mode === 'web') {
    return (
      <figure class="chart">
        <picture>
          {view.charts.narrowImageUrl(block) ? (
            <source media="(max-width: 40rem)" srcset={view.charts.narrowImageUrl(block) ?? ''} />
          ) : null}
          <img
            src={view.charts.imageUrl(block.id)}
            alt={alt}
            width={width}
            height={height}
            loading="lazy"
            decoding="async"
          />
        </picture>
        <figcaption class="chart-links">
          <a href={view.charts.embedUrl(block.id)}>Insluiten</a>
          {view.charts.origin ? (
            <EmbedCode
              id={block.id}
              src={`${view.charts.origin}${view.charts.embedUrl(block.id)}`}
              height={height + 140}
            />
          ) : null}
        </figcaption>
      </figure>
    );
  }
  const svg = view.charts.svg(block);
  if (!svg) return null;
  return <figure class="chart" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The iframe snippet of a block, ready to copy (select the field, then copy). */
function EmbedCode({ id, src, height }: { id: string; src: string; height: number }): VNode {
  const code = `<iframe src="${src}" title="Cijferrapport lokale diversiteit" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  return (
    <details class="embed-code">
      <summary>Insluitcode</summary>
      <label for={`insluitcode-${id}`}>Kopieer deze code in je eigen webpagina:</label>
      <textarea id={`insluitcode-${id}`} readOnly rows={3} spellcheck={false}>
        {code}
      </textarea>
    </details>
  );
}

/** The printed kernrapport shows a chart without its table (the full report has both). */
export function compactPrint(view: ReportView, block: Block): boolean {
  return view.mode === 'print' && view.compact === true && view.charts.has(block);
}

/** The figures behind a chart: folded away under the chart on the web and in embeds, plain in print. */
export function FiguresTable({
  view,
  hasChart,
  children,
}: {
  view: ReportView;
  hasChart: boolean;
  children: VNode;
}): VNode {
  if (!hasChart || view.mode === 'print') return children;
  return (
    <details class="figures" open={view.mode !== 'web'}>
      <summary>Toon de cijfers</summary>
      {children}
    </details>
  );
}

/**
 * The frame of a block with a chart: heading with permalink, summary sentence, the chart, and its
 * figures as a real table (caption: title and period) behind "Toon de cijfers".
 */
export function ChartBlockFrame({
  block,
  view,
  title,
  summary,
  periodLabel,
  demo,
  provisional = false,
  alt,
  tableClass,
  instead,
  children,
  after,
}: {
  block: Block;
  view: ReportView;
  title: string;
  summary: string | null;
  periodLabel: string;
  demo: boolean;
  provisional?: boolean;
  alt: string;
  /** Instead of the figures table (e.g. a link to a larger table elsewhere). */
  instead?: ComponentChildren;
  /** Class of the figures table (`rel`: count and relative column per area, `abs`: counts only). */
  tableClass?: string;
  /** The table's head and body. */
  children: ComponentChildren;
  /** What follows the table: evolution, definition, source. */
  after: ComponentChildren;
}): VNode {
  const anchor = `blok-${block.id}`;
  return (
    <section class={`block${demo ? ' demo' : ''}`} id={anchor}>
      <BlockHeading anchor={anchor} title={title} demo={demo} provisional={provisional} />
      {summary ? <p class="summary">{summary}</p> : null}
      <ChartFigure block={block} view={view} alt={alt} />
      {compactPrint(view, block)
        ? null
        : (instead ?? (
            <FiguresTable view={view} hasChart={view.charts.has(block)}>
              <div class="table-wrap">
                <table class={tableClass}>
                  <caption>
                    {title}, {periodLabel}
                  </caption>
                  {children}
                </table>
              </div>
            </FiguresTable>
          ))}
      {after}
    </section>
  );
}
