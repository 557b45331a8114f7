/** The fields of a session (new or changed): topic, goals, day and times, place or online link, trainer, capacity. */
import type { VNode } from 'preact';

export interface SessionFieldValues {
  readonly topic?: string;
  readonly goals?: string;
  readonly day?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly place?: string | null;
  readonly online?: string | null;
  readonly trainer?: string | null;
  readonly capacity?: number | null;
}

function Input({
  id,
  name,
  label,
  type = 'text',
  value,
  hint,
  required,
}: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value: string;
  hint?: string;
  required?: boolean;
}): VNode {
  return (
    <div>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </div>
  );
}

export function SessionFields({ prefix, values }: { prefix: string; values: SessionFieldValues }): VNode {
  const v = (x: string | number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  return (
    <>
      <Input id={`${prefix}-onderwerp`} name="onderwerp" label="Onderwerp" value={v(values.topic)} required />
      <div>
        <label for={`${prefix}-doelen`}>Doelen</label>
        <textarea id={`${prefix}-doelen`} name="doelen" rows={3}>
          {v(values.goals)}
        </textarea>
      </div>
      <Input
        id={`${prefix}-datum`}
        name="datum"
        label="Datum"
        type="date"
        value={v(values.day)}
        hint="Leeg: nog in te plannen (bv. met een datumpeiling)."
      />
      <Input id={`${prefix}-begin`} name="begin" label="Beginuur" type="time" value={v(values.start)} />
      <Input id={`${prefix}-einde`} name="einde" label="Einduur" type="time" value={v(values.end)} />
      <Input id={`${prefix}-plaats`} name="plaats" label="Plaats" value={v(values.place)} />
      <Input
        id={`${prefix}-online`}
        name="online"
        label="Onlinelink"
        type="url"
        value={v(values.online)}
        hint="Voor een online sessie, bv. https://…"
      />
      <Input id={`${prefix}-trainer`} name="trainer" label="Trainer" value={v(values.trainer)} />
      <Input
        id={`${prefix}-capaciteit`}
        name="capaciteit"
        label="Capaciteit (aantal plaatsen)"
        type="number"
        value={v(values.capacity)}
        hint="Leeg: onbeperkt. Wie zich inschrijft als alles volzet is, komt op de wachtlijst."
      />
    </>
  );
}
