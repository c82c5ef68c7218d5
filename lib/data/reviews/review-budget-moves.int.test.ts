import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, channels, reviewBudgetMoves } from "@/db/schema/index";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { listBudgets, setBudget } from "@/lib/data/money";
import { makeTeam } from "@/test/fixtures";
import { closeMeeting, listBudgetMoves, meetingMinutes, moveBudget, scheduleMeeting, startMeeting } from "./index";

type Team = Awaited<ReturnType<typeof makeTeam>>;
const today = "2026-12-02";
const december = "2026-12-01";
const owner = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const channel: Record<string, string> = {};
let a: Team;
let b: Team;

async function openMeeting(t: Team): Promise<string> {
  const id = await scheduleMeeting(owner(t), { title: "Desembermøtet", scheduledFor: today, attendeeIds: [] });
  await startMeeting(owner(t), id);
  return id;
}

/** Fresh budgets for December: each test starts from its own amounts. */
async function budgets(t: Team, amounts: Record<string, number | null>): Promise<void> {
  for (const [key, amount] of Object.entries(amounts)) await setBudget(owner(t), { channelId: channel[key]!, month: december, amount });
}

async function december_(t: Team): Promise<Record<string, number>> {
  const rows = await listBudgets(owner(t), { from: december, to: december });
  const key = (id: string) => Object.keys(channel).find((k) => channel[k] === id)!;
  return Object.fromEntries(rows.map((r) => [key(r.channelId), r.amount]));
}

const moveOf = (from: string, to: string, amount: number, reason = "Google gir dyre leads") => ({
  fromChannelId: channel[from]!,
  toChannelId: channel[to]!,
  month: "2026-12-15",
  amount,
  reason,
});

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const rows = await getDb().select({ id: channels.id, key: channels.key }).from(channels).where(isNull(channels.orgId));
  for (const r of rows) channel[r.key] = r.id;
});

describe("moving budget in a meeting", () => {
  it("moves 2 000 of Google Ads' 5 000 kr to Facebook's 3 000 kr, keeps the move and logs it", async () => {
    const meetingId = await openMeeting(a);
    await budgets(a, { google_ads: 5_000, facebook: 3_000, instagram: null });
    await moveBudget(owner(a), meetingId, moveOf("google_ads", "facebook", 2_000), today);
    expect(await december_(a)).toEqual({ google_ads: 3_000, facebook: 5_000 });
    const [move] = await listBudgetMoves(owner(a), meetingId);
    expect(move).toMatchObject({
      month: december,
      amount: 2_000,
      from: { nameNb: "Google Ads", before: 5_000 },
      to: { nameNb: "Facebook", before: 3_000 },
      reason: "Google gir dyre leads",
      movedByName: "Eier Test",
    });
    const audit = await getDb()
      .select({ action: auditEvents.action, targetId: auditEvents.targetId })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "review.budget_moved")));
    expect(audit).toEqual([{ action: "review.budget_moved", targetId: meetingId }]);
    // Another organization sees neither the move nor the meeting.
    await expect(listBudgetMoves(owner(b), meetingId)).resolves.toEqual([]);
  });

  it("gives a channel without a budget that month one, and may move all of a budget (leaving 0 kr)", async () => {
    const meetingId = await openMeeting(a);
    await budgets(a, { google_ads: 1_500.5, facebook: 3_000, instagram: null });
    await moveBudget(owner(a), meetingId, moveOf("google_ads", "instagram", 1_500.5), today);
    expect(await december_(a)).toEqual({ google_ads: 0, facebook: 3_000, instagram: 1_500.5 });
    expect((await listBudgetMoves(owner(a), meetingId))[0]!.to.before).toBeNull();
  });

  // Built when the test runs: the channel ids are read in beforeAll.
  it.each([
    ["more than the channel's budget", () => moveOf("google_ads", "facebook", 5_000.01), { amount: ["reviews.errors.moreThanBudget"] }],
    ["within one channel", () => moveOf("google_ads", "google_ads", 100), { toChannelId: ["reviews.errors.sameChannel"] }],
    ["0 kr", () => moveOf("google_ads", "facebook", 0), { amount: ["reviews.errors.amountPositive"] }],
    ["a negative amount", () => moveOf("google_ads", "facebook", -100), { amount: ["reviews.errors.amountPositive"] }],
    ["from a channel without a budget", () => moveOf("instagram", "facebook", 100), { fromChannelId: ["reviews.errors.noBudgetToMove"] }],
    ["without a reason", () => moveOf("google_ads", "facebook", 100, "  "), { reason: ["reviews.errors.moveReasonRequired"] }],
    [
      "last month's budget",
      () => ({ ...moveOf("google_ads", "facebook", 100), month: "2026-11-01" }),
      // November has no budget either.
      { month: ["reviews.errors.monthPast"], fromChannelId: ["reviews.errors.noBudgetToMove"] },
    ],
  ])("refuses a move %s and changes nothing", async (_name, move, fieldErrors) => {
    const meetingId = await openMeeting(a);
    await budgets(a, { google_ads: 5_000, facebook: 3_000, instagram: null });
    const error = await moveBudget(owner(a), meetingId, move(), today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual(fieldErrors);
    expect(await december_(a)).toEqual({ google_ads: 5_000, facebook: 3_000 });
    expect(await listBudgetMoves(owner(a), meetingId)).toEqual([]);
  });

  it("answers another organization's meeting or channel like a missing one, and refuses a closed meeting", async () => {
    const meetingId = await openMeeting(a);
    await budgets(a, { google_ads: 5_000, facebook: 3_000 });
    await expect(moveBudget(owner(b), meetingId, moveOf("google_ads", "facebook", 100), today)).rejects.toBeInstanceOf(NotFoundError);
    const [theirs] = await getDb()
      .insert(channels)
      .values({ orgId: b.org.id, key: `own_${Date.now()}`, nameNb: "Deres kanal", nameEn: "Their channel" })
      .returning();
    const intoTheirs = { ...moveOf("google_ads", "facebook", 100), toChannelId: theirs!.id };
    await expect(moveBudget(owner(a), meetingId, intoTheirs, today)).rejects.toBeInstanceOf(NotFoundError);
    await closeMeeting(owner(a), meetingId, today);
    await expect(moveBudget(owner(a), meetingId, moveOf("google_ads", "facebook", 100), today)).rejects.toBeInstanceOf(ConflictError);
    expect(await december_(a)).toEqual({ google_ads: 5_000, facebook: 3_000 });
  });

  it("takes two moves from the same channel at once one after the other: never more than the budget", async () => {
    const meetingId = await openMeeting(b);
    await budgets(b, { google_ads: 5_000, facebook: 1_000, instagram: 1_000 });
    const results = await Promise.allSettled([
      moveBudget(owner(b), meetingId, moveOf("google_ads", "facebook", 3_000), today),
      moveBudget(owner(b), meetingId, moveOf("google_ads", "instagram", 3_000), today),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as ValidationError).fieldErrors).toEqual({ amount: ["reviews.errors.moreThanBudget"] });
    const after = await december_(b);
    expect(after.google_ads).toBe(2_000);
    expect(after.facebook! + after.instagram!).toBe(5_000);
    expect(await getDb().select().from(reviewBudgetMoves).where(eq(reviewBudgetMoves.meetingId, meetingId))).toHaveLength(1);
  });

  it("moves A → B and B → A at once without waiting on each other forever", async () => {
    const meetingId = await openMeeting(b);
    await budgets(b, { google_ads: 5_000, facebook: 4_000, instagram: null });
    await Promise.all([
      moveBudget(owner(b), meetingId, moveOf("google_ads", "facebook", 1_000), today),
      moveBudget(owner(b), meetingId, moveOf("facebook", "google_ads", 500), today),
    ]);
    expect(await december_(b)).toEqual({ google_ads: 4_500, facebook: 4_500 });
  });

  it("puts the moves in the minutes, for people who see money only", async () => {
    const meetingId = await openMeeting(a);
    await budgets(a, { google_ads: 5_000, facebook: 3_000 });
    await moveBudget(owner(a), meetingId, moveOf("google_ads", "facebook", 2_000), today);
    await closeMeeting(owner(a), meetingId, today);
    const seen = await meetingMinutes(owner(a), meetingId, today);
    expect(seen.budgetMoves.map((m) => [m.from.nameNb, m.to.nameNb, m.amount])).toEqual([["Google Ads", "Facebook", 2_000]]);
    const member = { orgId: a.org.id, userId: a.memberId, role: "member" as const, hideMoney: true };
    expect((await meetingMinutes(member, meetingId, today)).budgetMoves).toEqual([]);
  });
});
