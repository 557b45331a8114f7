/** The dashboard's GET form: every part of the selection as a field, so it works without JavaScript. */
import type { VNode } from 'preact';
import type { FilterDef } from '../../../dashboard/facts.js';
import { FACT_IDS, FACTS } from '../../../dashboard/facts.js';
import { areaParam, type DashboardSelection, MEASURES, VIEWS } from '../../../dashboard/selection.js';
import { MEASURE_LABEL } from '../../../dashboard/view.js';
import { DIVISION_LABEL, DIVISIONS } from '../../../domain/division.js';

export interface AreaOption {
  readonly value: string;
  readonly label: string;
}

export interface AreaGroups {
  readonly label: string;
  readonly options: readonly AreaOption[];
}

export const VIEW_LABEL: Readonly<Record<(typeof VIEWS)[number], string>> = {
  trend: 'Evolutie',
  rangschikking: 'Rangschikking',
  kaart: 'Kaart',
  tabel: 'Tabel',
};

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  groups?: readonly AreaGroups[];
}): VNode {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.id}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
        {(props.groups ?? []).map((g) => (
          <optgroup label={g.label}>
            {g.options.map((o) => (
              <option value={o.value} selected={o.value === props.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function SelectionForm(props: {
  selection: DashboardSelection;
  filters: readonly FilterDef[];
  years: readonly number[];
  areas: readonly AreaGroups[];
}): VNode {
  const s = props.selection;
  const years = props.years.map((y) => ({ value: String(y), label: String(y) }));
  return (
    <form method="get" action="/dashboard/inburgering" class="dashboard-form" aria-label="Selectie">
      <fieldset>
        <legend>Wat</legend>
        <Select
          id="feit"
          label="Cijfer"
          value={s.fact}
          options={FACT_IDS.map((f) => ({ value: f, label: FACTS[f].label }))}
        />
        <Select
          id="maat"
          label="Maat"
          value={s.measure}
          options={MEASURES.map((m) => ({ value: m, label: MEASURE_LABEL[m] }))}
        />
      </fieldset>
      <fieldset>
        <legend>Wanneer</legend>
        <Select
          id="periode"
          label="Per"
          value={s.periodKind}
          options={[
            { value: 'jaar', label: 'jaar' },
            { value: 'kwartaal', label: 'kwartaal' },
          ]}
        />
        <Select
          id="van"
          label="Van"
          value={String(s.from ?? '')}
          options={[{ value: '', label: 'eerste jaar' }, ...years]}
        />
        <Select
          id="tot"
          label="Tot en met"
          value={String(s.to ?? '')}
          options={[{ value: '', label: 'laatste jaar' }, ...years]}
        />
      </fieldset>
      <fieldset>
        <legend>Waar</legend>
        <Select
          id="indeling"
          label="Indeling"
          value={s.division}
          options={DIVISIONS.map((d) => ({ value: d, label: DIVISION_LABEL[d] }))}
        />
        <Select id="gebied" label="Gebied" value={areaParam(s.area)} options={[]} groups={props.areas} />
      </fieldset>
      <fieldset>
        <legend>Filters (één tegelijk)</legend>
        {props.filters.map((f) => (
          <Select
            id={f.param}
            label={f.label}
            value={s.filters[f.param] ?? ''}
            options={[
              { value: '', label: 'alle' },
              ...f.options.map((o) => ({ value: o.key, label: o.label })),
            ]}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Weergave</legend>
        <Select
          id="weergave"
          label="Weergave"
          value={s.view}
          options={VIEWS.map((v) => ({ value: v, label: VIEW_LABEL[v] }))}
        />
      </fieldset>
      <button type="submit">Toon</button>
    </form>
  );
}
