import { ValidationError } from "@/lib/errors";

/**
 * The answer while a login delay is active: seconds up to two minutes, whole
 * minutes beyond. `namespace` is the messages' home: "login" for the login
 * form, "account" for the password change (each page gets its own namespace).
 */
export function throttledError(retryAfterSeconds: number, namespace: "login" | "account" = "login"): ValidationError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return seconds <= 120
    ? new ValidationError({}, `${namespace}.errors.throttled`, { seconds })
    : new ValidationError({}, `${namespace}.errors.throttledMinutes`, { minutes: Math.ceil(seconds / 60) });
}

/** The answer while sign-up or "send the link again" is throttled for the client's address: try again in N minutes. */
export function mailThrottledError(namespace: "signup" | "login", retryAfterSeconds: number): ValidationError {
  return new ValidationError({}, `${namespace}.errors.mailThrottled`, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}
