import type { Permission } from "@/lib/domain/permissions";
import { errorMessageKey, errorStatus, isKnownError } from "@/lib/errors";
import { log } from "@/lib/log";
import { requireTenant, type Tenant } from "./current";

type Params = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The route-handler twin of orgAction: session → membership read from the
 * database for the `org` segment of the URL → the permission → handler. Known
 * errors become a JSON answer with their status (another organization's slug
 * or ids: 404, like ids that don't exist); anything else is logged and 500.
 */
export function orgRoute(
  permission: Permission,
  handler: (tenant: Tenant, request: Request, params: Record<string, string>) => Promise<Response>,
) {
  return async (request: Request, context: Params): Promise<Response> => {
    try {
      const params = Object.fromEntries(
        Object.entries(await context.params).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : (v ?? "")]),
      );
      const tenant = await requireTenant(params.org ?? "", permission);
      return await handler(tenant, request, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A JSON error with the status its type calls for; unknown errors are logged and never leak details. */
export function errorResponse(error: unknown, extra: Record<string, unknown> = {}): Response {
  if (!isKnownError(error)) log.error({ err: error }, "route handler failed");
  const body: Record<string, unknown> = { error: errorMessageKey(error), ...extra };
  if (error && typeof error === "object" && "fieldErrors" in error) body.fieldErrors = error.fieldErrors;
  return Response.json(body, { status: errorStatus(error) });
}
