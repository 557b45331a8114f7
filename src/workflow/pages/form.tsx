/** Form building blocks for the workflow pages: every form posts with its CSRF token. */
import type { ComponentChildren, VNode } from 'preact';

export function Form({
  action,
  csrf,
  children,
  inline,
}: {
  action: string;
  csrf: string;
  children: ComponentChildren;
  inline?: boolean;
}): VNode {
  return (
    <form class={inline ? 'inline' : 'form'} method="post" action={action}>
      <input type="hidden" name="_csrf" value={csrf} />
      {children}
    </form>
  );
}

export function ErrorMessage({ message }: { message: string | undefined }): VNode | null {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}

export function Field({
  id,
  label,
  type = 'text',
  value,
  hint,
  autocomplete,
  required,
}: {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  hint?: string;
  autocomplete?: string;
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
        name={id}
        type={type}
        value={value ?? ''}
        autocomplete={autocomplete}
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </div>
  );
}
