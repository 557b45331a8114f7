/** The report's controls (web only): year, division, extra comparison municipality, downloads. */
import type { VNode } from 'preact';
import { DIVISION_LABEL, DIVISIONS } from '../../../domain/division.js';
import type { Report } from '../../../report/model.js';

/** The query string of this report (year, division, comparison municipalities). */
export function reportQuery(report: Report): string {
  const extra = report.areas
    .filter((a, i) => i > 0 && a.level === 'municipality')
    .map((a) => `&vergelijk=${a.nis}`);
  return `jaar=${report.year}&indeling=${report.division}${extra.join('')}`;
}

export function ReportControls({
  report,
  suggestions,
}: {
  report: Report;
  /** Municipality names the comparison field offers as you type (a typo is found by the search too). */
  suggestions: readonly string[];
}): VNode {
  const base = `/gemeente/${report.subject.nis}`;
  const query = reportQuery(report);
  const extra = report.areas.filter((a, i) => i > 0 && a.level === 'municipality');
  return (
    <div class="controls-wrap">
      <form class="controls" method="get" action={base}>
        <div>
          <label for="jaar">Jaar</label>
          <select id="jaar" name="jaar">
            {report.availableYears.map((y) => (
              <option key={y} value={String(y)} selected={y === report.year}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="indeling">Gemeentelijke indeling</label>
          <select id="indeling" name="indeling">
            {DIVISIONS.map((d) => (
              <option key={d} value={d} selected={d === report.division}>
                {DIVISION_LABEL[d]}
              </option>
            ))}
          </select>
        </div>
        {extra.map((a) => (
          <input key={a.nis} type="hidden" name="vergelijk" value={a.nis} />
        ))}
        <div>
          <label for="vergelijk">Vergelijk met gemeente</label>
          <input
            id="vergelijk"
            name="vergelijk"
            type="text"
            placeholder="naam of NIS-code"
            autocomplete="off"
            {...(suggestions.length > 0 ? { list: 'vergelijk-gemeenten' } : {})}
          />
          {suggestions.length > 0 ? (
            <datalist id="vergelijk-gemeenten">
              {suggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ) : null}
        </div>
        <button type="submit">Toon</button>
      </form>
      {extra.length > 0 ? (
        <p class="meta">
          Vergeleken met {extra.map((a) => a.label).join(', ')}.{' '}
          <a href={`${base}?jaar=${report.year}&indeling=${report.division}`}>Vergelijking weghalen</a>
        </p>
      ) : null}
      <p class="downloads">
        Download: <a href={`${base}/rapport.pdf?${query}`}>PDF</a> ·{' '}
        <a href={`${base}/rapport.xlsx?${query}`}>Excel</a> · <a href={`${base}/rapport.csv?${query}`}>CSV</a>{' '}
        · <a href={`/api/v1/gemeente/${report.subject.nis}/rapport?${query}`}>JSON</a>
      </p>
    </div>
  );
}
