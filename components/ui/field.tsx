import type { ComponentProps, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "./cn";

const CONTROL =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:focus:border-brand-300 dark:focus:ring-brand-300/40 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 sm:text-sm";

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
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400" role="alert">
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
    className: cn(CONTROL, className),
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
