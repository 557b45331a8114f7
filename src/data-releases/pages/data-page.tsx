/** /beheer/data: the active release, the upload form, the recent uploads and the history of releases. */
import type { VNode } from 'preact';
import { When } from '../../accounts/pages/account-view.js';
import { formatCount } from '../../domain/format.js';
import { AdminPage } from '../../workflow/pages/admin-layout.js';
import { ErrorMessage, Form } from '../../workflow/pages/form.js';
import type { Build } from '../repository.js';
import type { ReleaseHistory } from '../service.js';
import { BUILD_STATUS } from './labels.js';

export interface DataPageProps {
  readonly history: ReleaseHistory;
  readonly builds: readonly Build[];
  readonly contracts: readonly { id: string; title: string }[];
  readonly csrf: string;
  readonly maxMegabytes: number;
  readonly error?: string;
  readonly notice?: string;
}

function UploadForm(props: DataPageProps): VNode {
  return (
    <form
      class="form"
      method="post"
      action={`/beheer/data?_csrf=${encodeURIComponent(props.csrf)}`}
      enctype="multipart/form-data"
    >
      <input type="hidden" name="_csrf" value={props.csrf} />
      <label for="bestanden">Bestanden</label>
      <p class="hint" id="bestanden-hint">
        Een Statbel-bestand TF_SOC_POP_STRUCT_JJJJ (.zip of .txt) of een bestand volgens een datacontract
        (.csv of .xlsx), hoogstens {props.maxMegabytes} MB per bestand. Meerdere bestanden worden samen één
        release.
      </p>
      <input
        id="bestanden"
        name="bestanden"
        type="file"
        multiple
        required
        accept=".zip,.txt,.csv,.xlsx"
        aria-describedby="bestanden-hint"
      />
      <label for="contract">Datacontract</label>
      <p class="hint" id="contract-hint">
        Standaard afgeleid uit de bestandsnaam (bv. nieuwkomers_2024.csv).
      </p>
      <select id="contract" name="contract" aria-describedby="contract-hint">
        <option value="">afleiden uit de bestandsnaam</option>
        {props.contracts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.id}: {c.title}
          </option>
        ))}
      </select>
      <div>
        <button type="submit">Opladen en controleren</button>
      </div>
    </form>
  );
}

function Builds({ builds }: { builds: readonly Build[] }): VNode {
  if (builds.length === 0) return <p>Nog niets opgeladen via de browser.</p>;
  return (
    <table>
      <caption>Laatste {builds.length} opladingen, nieuwste eerst</caption>
      <thead>
        <tr>
          <th scope="col">Oplading</th>
          <th scope="col">Opgeladen</th>
          <th scope="col">Door</th>
          <th scope="col">Bestanden</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {builds.map((b) => (
          <tr key={b.id}>
            <td>
              <a href={`/beheer/data/bouw/${b.id}`}>#{b.id}</a>
            </td>
            <td>
              <When at={b.createdAt} />
            </td>
            <td>{b.createdBy}</td>
            <td>{b.files.map((f) => f.name).join(', ')}</td>
            <td>{BUILD_STATUS[b.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Releases(props: DataPageProps): VNode {
  const { history } = props;
  if (history.releases.length === 0) return <p>Er is nog geen release.</p>;
  const active = history.releases.find((r) => r.id === history.activeId);
  return (
    <table>
      <caption>{history.releases.length} releases, nieuwste eerst</caption>
      <thead>
        <tr>
          <th scope="col">Release</th>
          <th scope="col">Gebouwd</th>
          <th scope="col">Bronnen</th>
          <th scope="col">Bevolking</th>
          <th scope="col">Status</th>
          <th scope="col">Actie</th>
        </tr>
      </thead>
      <tbody>
        {history.releases.map((r) => {
          const isActive = r.id === history.activeId;
          const older = active !== undefined && r.manifest.builtAt < active.manifest.builtAt;
          return (
            <tr key={r.id}>
              <td>
                <a href={`/beheer/data/release/${encodeURIComponent(r.id)}`}>{r.id}</a>
                {r.manifest.demo ? ' (met DEMODATA)' : ''}
              </td>
              <td>
                <When at={new Date(r.manifest.builtAt)} />
              </td>
              <td>{formatCount(r.manifest.sources.length)}</td>
              <td>{r.manifest.years.join(', ') || '–'}</td>
              <td>
                {isActive ? <strong>actief</strong> : r.plans ? 'beschikbaar' : 'zonder beschermingsplannen'}
              </td>
              <td>
                {isActive ? (
                  '–'
                ) : !r.plans ? (
                  r.plansPending ? (
                    'beschermingsplannen worden berekend'
                  ) : (
                    <Form
                      action={`/beheer/data/release/${encodeURIComponent(r.id)}/plannen`}
                      csrf={props.csrf}
                      inline
                    >
                      <button type="submit" aria-label={`Beschermingsplannen berekenen voor release ${r.id}`}>
                        Beschermingsplannen berekenen
                      </button>
                    </Form>
                  )
                ) : (
                  <Form
                    action={`/beheer/data/release/${encodeURIComponent(r.id)}/activeren`}
                    csrf={props.csrf}
                    inline
                  >
                    <button
                      type="submit"
                      aria-label={`${older ? 'Terugzetten naar' : 'Activeren:'} release ${r.id}`}
                    >
                      {older ? 'Terugzetten' : 'Activeren'}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Activations({ history }: { history: ReleaseHistory }): VNode | null {
  if (history.activations.length === 0) return null;
  return (
    <table>
      <caption>Activeringen en terugzettingen, nieuwste eerst</caption>
      <thead>
        <tr>
          <th scope="col">Wanneer</th>
          <th scope="col">Door</th>
          <th scope="col">Wat</th>
          <th scope="col">Release</th>
          <th scope="col">Was actief</th>
        </tr>
      </thead>
      <tbody>
        {history.activations.map((a) => (
          <tr key={a.id}>
            <td>
              <When at={a.at} />
            </td>
            <td>{a.actor}</td>
            <td>{a.kind === 'rollback' ? 'teruggezet' : 'geactiveerd'}</td>
            <td>{a.releaseId}</td>
            <td>{a.previousReleaseId ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DataPage(props: DataPageProps): VNode {
  const { history } = props;
  return (
    <AdminPage title="Data">
      {props.notice ? (
        <p role="status" class="note">
          {props.notice}
        </p>
      ) : null}
      <ErrorMessage message={props.error} />
      <h2>Actieve release</h2>
      <p>
        {history.activeId ? (
          <a href={`/beheer/data/release/${encodeURIComponent(history.activeId)}`}>{history.activeId}</a>
        ) : (
          'Er is nog geen actieve release.'
        )}{' '}
        Elke webserver schakelt binnen een seconde over op een nieuw geactiveerde release, zonder herstart.
      </p>
      <h2>Nieuwe gegevens opladen</h2>
      <p>
        De bestanden worden eerst volledig gecontroleerd, met dezelfde meldingen (bestand, regel, kolom, wat
        er verwacht werd) als <code>npm run cli -- import</code>. Pas daarna wordt in de achtergrond een
        nieuwe release gebouwd; die wordt pas gebruikt wanneer u ze activeert.
      </p>
      <UploadForm {...props} />
      <h2>Opladingen</h2>
      <Builds builds={props.builds} />
      <h2>Releases</h2>
      <Releases {...props} />
      <Activations history={history} />
    </AdminPage>
  );
}
