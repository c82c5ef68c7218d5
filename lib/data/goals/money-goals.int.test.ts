import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema/index";
import { tenantFrom } from "@/lib/auth/current";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/domain/permissions";
import { addGoogleAdsGoal, makeTeam } from "@/test/fixtures";
import { dashboardData, getGoal, goalChartData, goalFormData, listGoals } from "./index";

/**
 * A goal on a derived figure (cost per result, ROAS, ROI) is money through
 * and through, so for someone who does not see money it does not exist:
 * not listed, its page and chart a 404, not offered in the goal form
 * (docs/DOMAIN-RULES.md, "Who sees money"). The guards mark the context.
 */
type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let costGoal: string;
let visitsGoal: string;
const today = "2026-12-10";

async function contextOf(role: Role) {
  const [org] = await getDb().select().from(organizations).where(eq(organizations.id, team.org.id));
  const userId = role === "owner" ? team.ownerId : role === "manager" ? team.managerId : team.memberId;
  const [user] = await getDb().select().from(users).where(eq(users.id, userId));
  return tenantFrom(user!, { org: org!, role }).ctx;
}

beforeAll(async () => {
  team = await makeTeam();
  costGoal = await addGoogleAdsGoal(team);
  visitsGoal = await addGoogleAdsGoal(team, { metricKey: "clicks", title: "Flere klikk fra Google" });
});

describe("goals on a derived figure", () => {
  it("are read by owners and managers, who see money by default", async () => {
    for (const role of ["owner", "manager"] as const) {
      const ctx = await contextOf(role);
      expect(ctx.hideMoney).toBe(false);
      expect((await listGoals(ctx)).map((g) => g.id).sort()).toEqual([costGoal, visitsGoal].sort());
      expect((await getGoal(ctx, costGoal)).metricDerivation).toBe("cost_per_result");
    }
  });

  it("do not exist for a member who does not see money: not listed, the goal and its chart not found, not offered", async () => {
    const ctx = await contextOf("member");
    expect(ctx.hideMoney).toBe(true);
    expect((await listGoals(ctx)).map((g) => g.id)).toEqual([visitsGoal]);
    expect((await dashboardData(ctx, today)).goals.map((g) => g.id)).toEqual([visitsGoal]);
    await expect(getGoal(ctx, costGoal)).rejects.toBeInstanceOf(NotFoundError);
    await expect(goalChartData(ctx, costGoal, "all", today)).rejects.toBeInstanceOf(NotFoundError);
    const offered = (await goalFormData(ctx)).channels.flatMap((c) => c.metrics.map((m) => m.key));
    expect(offered).toContain("clicks");
    expect(offered).not.toContain("cost_per_result");
    expect(offered).not.toContain("roas");
    // The goal on clicks reads as before.
    expect((await getGoal(ctx, visitsGoal)).title).toBe("Flere klikk fra Google");
  });

  it("appear for the member once the owners let everyone see money", async () => {
    await getDb().update(organizations).set({ moneyVisibility: "everyone" }).where(eq(organizations.id, team.org.id));
    const ctx = await contextOf("member");
    expect(ctx.hideMoney).toBe(false);
    expect((await listGoals(ctx)).map((g) => g.id).sort()).toEqual([costGoal, visitsGoal].sort());
    await getDb().update(organizations).set({ moneyVisibility: "managers" }).where(eq(organizations.id, team.org.id));
  });
});
