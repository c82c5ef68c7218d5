/** True for PostgreSQL's unique_violation (23505), however the driver wraps it. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (code === "23505") {
      if (!constraint) return true;
      const detail = JSON.stringify({
        c: (e as { constraint?: unknown; constraint_name?: unknown }).constraint ?? (e as { constraint_name?: unknown }).constraint_name,
        m: (e as { message?: unknown }).message,
      });
      return detail.includes(constraint);
    }
  }
  return false;
}
