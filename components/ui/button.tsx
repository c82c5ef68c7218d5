import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

/**
 * A button's look: `.btn` and one `.btn-<variant>` (app/globals.css, the
 * components layer, so a utility passed beside them still wins). Two short
 * names instead of some twenty utilities in every button's HTML, in the RSC
 * payload that repeats it and in every client bundle that draws one.
 */
export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return className ? `btn btn-${variant} ${className}` : `btn btn-${variant}`;
}

export function Button({
  variant = "primary",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
