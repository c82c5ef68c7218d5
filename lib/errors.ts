/**
 * Typed errors thrown by lib/data and the authorization wrapper, mapped to
 * message keys (see messages/*.json, "errors.*") in one place. Another
 * organization's ids raise NotFoundError exactly like ids that don't exist.
 */
export class NotFoundError extends Error {
  readonly code = "notFound";
}
export class ForbiddenError extends Error {
  readonly code = "forbidden";
}
export class UnauthenticatedError extends Error {
  readonly code = "unauthenticated";
}
export class ConflictError extends Error {
  readonly code = "conflict";
  /** An optional message key more precise than "errors.conflict". */
  constructor(
    readonly messageKey?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(messageKey ?? "conflict");
  }
}
export class ValidationError extends Error {
  readonly code = "validation";
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    readonly messageKey?: string,
    /** Values the message needs, e.g. `{ seconds: 8 }` for "try again in 8 seconds". */
    readonly messageValues?: Record<string, string | number>,
  ) {
    super(messageKey ?? "validation");
  }
}

export type KnownError = NotFoundError | ForbiddenError | UnauthenticatedError | ConflictError | ValidationError;

export function isKnownError(error: unknown): error is KnownError {
  return (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof UnauthenticatedError ||
    error instanceof ConflictError ||
    error instanceof ValidationError
  );
}

/** The message key a person sees for an error; unknown errors get a generic one. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof ConflictError || error instanceof ValidationError) {
    return error.messageKey ?? `errors.${error.code}`;
  }
  if (isKnownError(error)) return `errors.${error.code}`;
  return "errors.unexpected";
}

/** HTTP status for route handlers. */
export function errorStatus(error: unknown): number {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ConflictError) return 409;
  if (error instanceof ValidationError) return 400;
  return 500;
}
