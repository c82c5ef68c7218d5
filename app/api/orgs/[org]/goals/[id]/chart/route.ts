import { orgRoute } from "@/lib/auth/route";
import { goalChartData } from "@/lib/data/goals";
import { isChartRange } from "@/lib/domain/goal-paths";
import { ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";

export const dynamic = "force-dynamic";

/**
 * GET a goal's chart: measurements within `?range=3m|6m|12m|all` (default
 * all: the goal's own span, at most five years), the target path, the
 * benchmark path, the trend's forecast. Members and up; another
 * organization's goal id answers 404 like a missing one.
 */
export const GET = orgRoute("org.view", async ({ ctx, org }, request, params) => {
  const range = new URL(request.url).searchParams.get("range") ?? "all";
  if (!isChartRange(range)) throw new ValidationError({ range: ["validation.invalid"] });
  const data = await goalChartData(ctx, params.id ?? "", range, todayIn(org.timeZone));
  // Private to the person asking, and stale as soon as a value is recorded.
  return Response.json(data, { headers: { "cache-control": "private, no-store" } });
});
