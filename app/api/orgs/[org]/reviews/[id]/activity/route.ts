import { orgRoute } from "@/lib/auth/route";
import { meetingActivity } from "@/lib/data/reviews";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export const dynamic = "force-dynamic";

/**
 * GET what the team has added to a meeting (notes, action items, decisions)
 * and its status; every open meeting screen polls it every few seconds.
 * Another organization's meeting answers 404 like a missing one.
 */
export const GET = orgRoute("review.contribute", async ({ ctx }, _request, params) => {
  const id = params.id ?? "";
  if (!isUuid(id)) throw new NotFoundError();
  const activity = await meetingActivity(ctx, id);
  return Response.json(activity, { headers: { "cache-control": "private, no-store" } });
});
