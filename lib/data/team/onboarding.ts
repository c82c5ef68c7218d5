import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { goals, invitations, kpiSnapshots, memberships, objectives, organizations, reviewMeetings } from "@/db/schema/index";
import type { OnboardingDone } from "@/lib/domain/onboarding";
import { NotFoundError } from "@/lib/errors";
import type { TenantContext } from "../context";

export type OnboardingStatus = {
  done: OnboardingDone;
  /** The first review has come (a closed meeting, or the planned date passed): a complete checklist may go. */
  firstReviewCome: boolean;
  /** A committed goal whose series has no measurement yet: where step 5's link points. */
  unmeasuredChannelId: string | null;
  /** A draft goal to activate: where step 4's link points once a draft exists. */
  draftGoalId: string | null;
};

// A goal the team has committed to: activated once, so it passed every SMART
// check (achieved and missed goals were active before).
const COMMITTED = sql.raw(`('active', 'achieved', 'missed')`);
// Qualified by hand: in a select list drizzle renders a column without its
// table, and a bare "id" inside a subquery would bind to the inner table.
const ORG_TABLE = sql.raw(`"organizations"`);
const ORG = sql.raw(`"organizations"."id"`);
const seriesMeasured = sql`exists (select 1 from ${kpiSnapshots} s where s.org_id = g.org_id and s.channel_id = g.channel_id and s.metric_id = g.metric_id)`;
// A comparison with an empty date is null, not false: coalesce before it reaches the app.
const bool = (query: ReturnType<typeof sql>) => sql<boolean>`coalesce(${query}, false)`.mapWith(Boolean);

/**
 * The seven steps of the source article, each read from what the team has
 * done, in ONE query whatever the size of the organization (every part is an
 * EXISTS or a LIMIT 1 on an index leading with org_id):
 *
 * 1. objective — an objective that is not archived: what the goals serve (R).
 * 2. baseline  — any measurement, typed, imported by CSV or sent by the API:
 *    the data the article says realistic numbers come from.
 * 3. deadline  — a goal (draft or live, not archived) with a deadline.
 * 4. goal      — a committed goal: only a goal meeting all five SMART checks
 *    can be activated, so "concrete and measurable" is proven, not claimed.
 * 5. channel   — a committed goal whose own channel and metric has a
 *    measurement: the article's "test channels, but measure the effect
 *    closely". A goal on a channel nobody measures is the "set and forget"
 *    pitfall, so a goal alone, or data on another channel, does not count.
 * 6. team      — someone else in the organization, or a pending invitation.
 * 7. review    — a review meeting exists, or the team set the next review
 *    date (organizations.next_review_on is empty until someone does).
 */
export async function onboardingStatus(ctx: TenantContext, today: string): Promise<OnboardingStatus> {
  const [row] = await getDb()
    .select({
      objective: bool(sql`exists (select 1 from ${objectives} x where x.org_id = ${ORG} and x.archived_at is null)`),
      baseline: bool(sql`exists (select 1 from ${kpiSnapshots} x where x.org_id = ${ORG})`),
      deadline: bool(sql`exists (select 1 from ${goals} g where g.org_id = ${ORG} and g.deadline is not null and g.status <> 'archived')`),
      goal: bool(sql`exists (select 1 from ${goals} g where g.org_id = ${ORG} and g.status in ${COMMITTED})`),
      channel: bool(sql`exists (select 1 from ${goals} g where g.org_id = ${ORG} and g.status in ${COMMITTED} and ${seriesMeasured})`),
      team: bool(
        sql`(select count(*) from ${memberships} x where x.org_id = ${ORG}) > 1
          or exists (select 1 from ${invitations} x where x.org_id = ${ORG} and x.accepted_at is null and x.revoked_at is null and x.expires_at > now())`,
      ),
      review: bool(sql`${ORG_TABLE}.next_review_on is not null or exists (select 1 from ${reviewMeetings} x where x.org_id = ${ORG})`),
      firstReviewCome: bool(
        sql`${ORG_TABLE}.next_review_on < ${today}::date or exists (select 1 from ${reviewMeetings} x where x.org_id = ${ORG} and x.status = 'closed')`,
      ),
      unmeasuredChannelId: sql<
        string | null
      >`(select g.channel_id from ${goals} g where g.org_id = ${ORG} and g.status in ${COMMITTED} and not ${seriesMeasured} order by g.created_at limit 1)`,
      draftGoalId: sql<
        string | null
      >`(select g.id from ${goals} g where g.org_id = ${ORG} and g.status = 'draft' order by g.created_at limit 1)`,
    })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId));
  if (!row) throw new NotFoundError();
  const { firstReviewCome, unmeasuredChannelId, draftGoalId, ...done } = row;
  return { done, firstReviewCome, unmeasuredChannelId, draftGoalId };
}
