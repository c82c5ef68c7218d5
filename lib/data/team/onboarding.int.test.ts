import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryCount } from "@/db/query-counter";
import { invitations, organizations } from "@/db/schema/index";
import { onboardingProgress } from "@/lib/domain/onboarding";
import { TEST_PASSWORD, unique } from "@/test/fixtures";
import { registerAccount } from "@/lib/data/accounts";
import { type CatalogChannel, channelCatalog } from "@/lib/data/benchmarks";
import type { TenantContext } from "../context";
import { changeGoalStatus, createGoal, type GoalFields } from "@/lib/data/goals";
import { recordMeasurements } from "@/lib/data/measurements";
import { createObjective, setObjectiveArchived } from "@/lib/data/goals";
import { onboardingStatus } from "./onboarding";
import { closeMeeting } from "@/lib/data/reviews";
import { scheduleMeeting, setReviewCadence, startMeeting } from "@/lib/data/reviews";
import { createInvitation, revokeInvitation } from "./invitations";

const today = "2026-11-26";

/** A brand-new organization with only its owner, made through the real sign-up path. */
async function freshOrganization(): Promise<TenantContext> {
  const { userId, slug } = await registerAccount({
    name: "Eier",
    email: `${unique("eier")}@test.no`,
    password: TEST_PASSWORD,
    locale: "nb",
    organizationName: unique("Kafé"),
  });
  const [org] = await getDb().select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
  return { orgId: org!.id, userId, role: "owner" };
}

function series(catalog: CatalogChannel[], channelKey: string, metricKey: string) {
  const channel = catalog.find((c) => c.key === channelKey)!;
  const metric = channel.metrics.find((m) => m.key === metricKey)!;
  return { channelId: channel.id, metricId: metric.id };
}

const goalFields = (s: { channelId: string; metricId: string }, objectiveId: string | null, deadline: string | null): GoalFields => ({
  title: "Mer engasjement på Facebook",
  description: "",
  ...s,
  customMetric: null,
  unit: "count",
  direction: "increase",
  baselineValue: 400,
  baselineDate: today,
  targetValue: 420,
  startDate: today,
  deadline,
  objectiveId,
  ownerId: null,
  priority: "medium",
});

let catalog: CatalogChannel[];
beforeAll(async () => {
  catalog = await channelCatalog(await freshOrganization());
});

describe("onboardingStatus", () => {
  it("starts at 0 of 7 and ticks each step from what the team does, in one query", async () => {
    const ctx = await freshOrganization();
    const steps = async () => (await onboardingStatus(ctx, today)).done;

    const before = queryCount();
    const first = await onboardingStatus(ctx, today);
    expect(queryCount() - before).toBe(1);
    expect(first).toEqual({
      done: { objective: false, baseline: false, deadline: false, goal: false, channel: false, team: false, review: false },
      firstReviewCome: false,
      unmeasuredChannelId: null,
      draftGoalId: null,
    });

    // 1. What to achieve.
    const objective = await createObjective(ctx, { title: "Flere faste kunder", description: "" });
    expect(await steps()).toMatchObject({ objective: true, baseline: false });

    // 2. Data: a measurement on Instagram, not the channel the goal will use.
    await recordMeasurements(ctx, [{ ...series(catalog, "instagram", "followers"), date: "2026-11-20", value: 1200 }], {
      source: "manual",
      today,
    });
    expect(await steps()).toMatchObject({ baseline: true, deadline: false });

    // 3. A deadline, on a draft: not yet a committed goal.
    const facebook = series(catalog, "facebook", "engagement");
    const goalId = await createGoal(ctx, goalFields(facebook, objective.id, "2027-02-26"), "draft", today);
    let status = await onboardingStatus(ctx, today);
    expect(status.done).toMatchObject({ deadline: true, goal: false, channel: false });
    expect(status.draftGoalId).toBe(goalId);

    // 4. Concrete: activating it proves all five SMART checks.
    await changeGoalStatus(ctx, goalId, 1, "active", "", today);
    status = await onboardingStatus(ctx, today);
    expect(status.done).toMatchObject({ goal: true, channel: false });
    expect(status.unmeasuredChannelId).toBe(facebook.channelId);
    expect(status.draftGoalId).toBeNull();

    // 5. The goal's channel measured (Instagram's value above did not count).
    await recordMeasurements(ctx, [{ ...facebook, date: today, value: 405 }], { source: "manual", today });
    status = await onboardingStatus(ctx, today);
    expect(status.done).toMatchObject({ channel: true, team: false });
    expect(status.unmeasuredChannelId).toBeNull();

    // 6. A pending invitation involves the team.
    await createInvitation(ctx, { role: "member", days: 7 });
    expect(await steps()).toMatchObject({ team: true, review: false });

    // 7. The first review planned.
    const meetingId = await scheduleMeeting(ctx, { title: "Første gjennomgang", scheduledFor: "2026-12-03", attendeeIds: [ctx.userId] });
    status = await onboardingStatus(ctx, today);
    expect(onboardingProgress(status.done)).toMatchObject({ completed: 7, allDone: true });
    expect(status.firstReviewCome).toBe(false);

    // Holding it lets the complete checklist go.
    await startMeeting(ctx, meetingId);
    await closeMeeting(ctx, meetingId, "2026-12-03");
    expect((await onboardingStatus(ctx, "2026-12-03")).firstReviewCome).toBe(true);
  });

  it("does not count an archived objective, an archived goal, a revoked or expired invitation", async () => {
    const ctx = await freshOrganization();
    const objective = await createObjective(ctx, { title: "Arkiveres", description: "" });
    await setObjectiveArchived(ctx, objective.id, true);
    const goalId = await createGoal(ctx, goalFields(series(catalog, "facebook", "engagement"), null, "2027-02-26"), "draft", today);
    await changeGoalStatus(ctx, goalId, 1, "archived", "", today);
    await createInvitation(ctx, { role: "member", days: 7 });
    const [pending] = await getDb().select({ id: invitations.id }).from(invitations).where(eq(invitations.orgId, ctx.orgId));
    await revokeInvitation(ctx, pending!.id);
    await createInvitation(ctx, { role: "manager", days: 1 });
    await getDb()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.orgId, ctx.orgId));
    expect((await onboardingStatus(ctx, today)).done).toMatchObject({ objective: false, deadline: false, goal: false, team: false });
  });

  it("counts a review date set by the team, and that date passing as the first review come", async () => {
    const ctx = await freshOrganization();
    await setReviewCadence(ctx, "monthly", "2026-12-10");
    expect(await onboardingStatus(ctx, today)).toMatchObject({ done: { review: true }, firstReviewCome: false });
    expect((await onboardingStatus(ctx, "2026-12-11")).firstReviewCome).toBe(true);
  });

  it("reads only its own organization", async () => {
    const busy = await freshOrganization();
    await createObjective(busy, { title: "Flere kunder", description: "" });
    await recordMeasurements(busy, [{ ...series(catalog, "instagram", "followers"), date: today, value: 10 }], { source: "manual", today });
    await createInvitation(busy, { role: "member", days: 7 });
    await scheduleMeeting(busy, { title: "Møte", scheduledFor: "2026-12-03", attendeeIds: [] });
    const quiet = await freshOrganization();
    expect(onboardingProgress((await onboardingStatus(quiet, today)).done).completed).toBe(0);
  });
});
