/** /beheer/data/bouw/:id: one upload's build — progress while it runs, the validation result after. */
import type { VNode } from 'preact';
import { When } from '../../accounts/pages/account-view.js';
import { formatCount } from '../../domain/format.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { Form } from '../../workflow/pages/form.js';
import type { Build } from '../repository.js';
import { BUILD_STATUS } from './labels.js';

export const isBusy = (b: Build) => b.status === 'queued' || b.status === 'running';

function Progress({ build, refresh }: { build: Build; refresh: boolean }): VNode {
  const pct =
    build.progressTotal > 0 ? Math.min(100, Math.round((100 * build.progressDone) / build.progressTotal)) : 0;
  return (
    <>
      <p role="status">
        {build.status === 'queued'
          ? 'Wacht op een vrije bouwplaats.'
          : `Bezig: ${build.phase ?? 'voorbereiden'}`}
        {build.progressTotal > 0 ? ` (${pct} %)` : ''}
        {build.attempts > 1 ? ` — poging ${build.attempts}` : ''}
      </p>
      {build.status === 'running' ? (
        <progress
          aria-label="Voortgang van deze stap"
          max={build.progressTotal > 0 ? 100 : undefined}
          value={build.progressTotal > 0 ? pct : undefined}
        />
      ) : null}
      {build.error ? <p>Vorige poging: {build.error}</p> : null}
      <p>
        {refresh ? (
          <>
            Deze pagina vernieuwt zichzelf om de 2 seconden.{' '}
            <a href={`/beheer/data/bouw/${build.id}?vernieuwen=nee`}>Niet automatisch vernieuwen</a>
          </>
        ) : (
          <a href={`/beheer/data/bouw/${build.id}`}>Vernieuwen</a>
        )}
      </p>
    </>
  );
}

function Invalid({ build, activeId }: { build: Build; activeId: string | undefined }): VNode {
  const loc = build.errorLocation;
  return (
    <>
      <p class="error" role="alert">
        {build.error}
      </p>
      {loc ? (
        <table>
          <caption>Waar de fout zit</caption>
          <tbody>
            <tr>
              <th scope="row">Bestand</th>
              <td>{loc.file}</td>
            </tr>
            <tr>
              <th scope="row">Regel</th>
              <td>{loc.line ?? '–'}</td>
            </tr>
            <tr>
              <th scope="row">Kolom</th>
              <td>
                {loc.column ?? '–'}
                {loc.field ? ` (${loc.field})` : ''}
              </td>
            </tr>
            <tr>
              <th scope="row">Verwacht</th>
              <td>{loc.expected}</td>
            </tr>
            <tr>
              <th scope="row">Gevonden</th>
              <td>{loc.found === undefined ? '–' : JSON.stringify(loc.found)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
      <p>
        Er is niets veranderd:{' '}
        {activeId ? `de release ${activeId} blijft actief en onveranderd.` : 'er is geen release aangemaakt.'}{' '}
        Verbeter het bestand en laad het opnieuw op.
      </p>
    </>
  );
}

export function BuildPage({
  build,
  activeId,
  csrf,
  refresh,
}: {
  build: Build;
  activeId: string | undefined;
  csrf: string;
  refresh: boolean;
}): VNode {
  return (
    <AdminPage title={`Oplading #${build.id}`}>
      <p>
        <a href="/beheer/data">Terug naar Data</a>
      </p>
      <p>
        Opgeladen door {build.createdBy} op <When at={build.createdAt} />:{' '}
        {build.files.map((f) => `${f.name} (${formatCount(f.bytes)} bytes)`).join(', ')}
        {build.contract ? `, datacontract ${build.contract}` : ''}.
      </p>
      <h2>Status: {BUILD_STATUS[build.status]}</h2>
      {isBusy(build) ? <Progress build={build} refresh={refresh} /> : null}
      {build.status === 'invalid' ? <Invalid build={build} activeId={activeId} /> : null}
      {build.status === 'failed' ? (
        <p class="error" role="alert">
          {build.error}
        </p>
      ) : null}
      {build.releaseId ? (
        <>
          <p>
            Release:{' '}
            <a href={`/beheer/data/release/${encodeURIComponent(build.releaseId)}`}>{build.releaseId}</a>
            {build.releaseId === activeId ? ' (actief)' : ''}
          </p>
          {build.status === 'built' && build.releaseId !== activeId ? (
            <Form
              action={`/beheer/data/release/${encodeURIComponent(build.releaseId)}/activeren`}
              csrf={csrf}
            >
              <button type="submit">Release {build.releaseId} activeren</button>
            </Form>
          ) : null}
        </>
      ) : null}
    </AdminPage>
  );
}
