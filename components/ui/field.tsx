import type { ComponentProps, ReactNode, SelectHTMLAttributes } from "react";

type FieldProps = { label: string; name: string; errors?: string[]; hint?: ReactNode; children?: never };

function FieldShell({
  label,
  id,
  errors,
  hint,
  children,
}: {
  label: string;
  id: string;
  errors?: string[];
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The attributes that tie a control to its label, hint and error. */
function controlProps(id: string, errors: string[] | undefined, hint: ReactNode, className: string | undefined) {
  return {
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: className ? `control block w-full ${className}` : "control block w-full",
  };
}

/** A labelled input with its hint and its error message right below it. */
export function TextField({ label, name, errors, hint, className, id, ...props }: FieldProps & ComponentProps<"input">) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell label={label} id={fieldId} errors={errors} hint={hint}>
      <input name={name} {...controlProps(fieldId, errors, hint, className)} {...props} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  className,
  id,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell label={label} id={fieldId} errors={errors} hint={hint}>
      <select name={name} {...controlProps(fieldId, errors, hint, className)} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function TextAreaField({ label, name, errors, hint, className, id, ...props }: FieldProps & ComponentProps<"textarea">) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell label={label} id={fieldId} errors={errors} hint={hint}>
      <textarea name={name} {...controlProps(fieldId, errors, hint, className)} {...props} />
    </FieldShell>
  );
}
