import { errorResponse, orgRoute } from "@/lib/auth/route";
import { ExportQueryError, measurementsCsv, parseExportFilter } from "@/lib/data/csv";
import { can } from "@/lib/domain/permissions";
import { todayIn } from "@/lib/format";

export const dynamic = "force-dynamic";

/**
 * GET the organization's measurements as CSV (`;`, decimal comma, ISO dates,
 * UTF-8 BOM), optionally filtered by `channel` and `metric` keys and a
 * `from`/`to` date range. Members and up may export; money (spend, revenue)
 * only whoever sees money.
 */
export const GET = orgRoute("measurement.export", async ({ ctx, org }, request) => {
  try {
    const filter = parseExportFilter(new URL(request.url).searchParams);
    const stream = await measurementsCsv(ctx, filter, undefined, undefined, can(ctx.role, "money.view", org));
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="maalbar-maalinger-${todayIn(org.timeZone)}.csv"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ExportQueryError) return errorResponse(error, { reason: error.reason });
    throw error;
  }
});
