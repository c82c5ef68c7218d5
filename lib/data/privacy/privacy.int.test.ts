import { and, count, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiTokens, goals, kpiSnapshotHistory, kpiSnapshots, memberships, organizations, users } from "@/db/schema";
import { createApiToken } from "@/lib/data/team";
import { recordMeasurements } from "@/lib/data/measurements";
import { setUserLocale } from "@/lib/data/accounts";
import { organizationDeletedMail } from "@/lib/mail/account-mails";
import { ValidationError } from "@/lib/errors";
import { addActiveGoals, makeTeam } from "@/test/fixtures";
import { deleteOrganization, deleteOwnAccount, organizationArchive } from "./index";

async function unzip(stream: ReadableStream<Uint8Array>): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const owner = (team: Awaited<ReturnType<typeof makeTeam>>) => ({ orgId: team.org.id, userId: team.ownerId, role: "owner" as const });
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1);

describe("organizationArchive", () => {
  it("holds every table of the organization as CSV plus organization.json, and nothing of another organization", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    await addActiveGoals(team, 2);
    await addActiveGoals(other, 1);
    await getDb().update(goals).set({ title: "=ANDRE BEDRIFTS MÅL" }).where(eq(goals.orgId, other.org.id));
    await createApiToken(owner(team), "Kassa");

    const files = await unzip(organizationArchive(owner(team)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["members.csv", "goals.csv", "goal_revisions.csv", "measurements.csv", "measurement_history.csv"]),
    );
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["meetings.csv", "notes.csv", "action_items.csv", "audit_log.csv"]));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["budgets.csv", "one_off_costs.csv", "organization.json"]));

    const [stored] = await getDb().select({ n: count() }).from(kpiSnapshots).where(eq(kpiSnapshots.orgId, team.org.id));
    expect(rowsOf(files["measurements.csv"]!)).toHaveLength(stored!.n);
    expect(rowsOf(files["goals.csv"]!)).toHaveLength(2);
    expect(files["goals.csv"]).toContain("Flere kunder, mål 1");
    expect(Object.values(files).join("\n")).not.toContain("ANDRE BEDRIFTS");
    expect(rowsOf(files["members.csv"]!)).toHaveLength(3);
    expect(files["members.csv"]).toContain(team.ownerEmail);

    // The token is listed by name; its hash, the credential, never leaves.
    const [token] = await getDb().select({ hash: apiTokens.tokenHash }).from(apiTokens).where(eq(apiTokens.orgId, team.org.id));
    expect(files["api_tokens.csv"]).toContain("Kassa");
    expect(files["api_tokens.csv"]!.split("\r\n")[0]).not.toContain("token_hash");
    expect(Object.values(files).join("\n")).not.toContain(token!.hash);

    const about = JSON.parse(files["organization.json"]!) as { organization: { name: string }; rows: Record<string, number> };
    expect(about.organization.name).toBe(team.org.name);
    expect(about.rows["measurements.csv"]).toBe(stored!.n);
    expect(about.rows["goals.csv"]).toBe(2);

    // Read two rows a page: the same files, every row once.
    const paged = await unzip(organizationArchive(owner(team), getDb(), 2));
    expect(paged["measurements.csv"]).toBe(files["measurements.csv"]);
    expect(paged["audit_log.csv"]).toBe(files["audit_log.csv"]);
  });
});

describe("deleteOrganization", () => {
  it("refuses a name that is not the organization's and deletes nothing", async () => {
    const team = await makeTeam();
    await addActiveGoals(team, 1);
    await expect(deleteOrganization(owner(team), "Feil navn")).rejects.toBeInstanceOf(ValidationError);
    expect(await getDb().$count(goals, eq(goals.orgId, team.org.id))).toBe(1);
  });

  it("removes the organization and all its data in one go, leaves the people and other organizations", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    await addActiveGoals(team, 2);
    await addActiveGoals(other, 1);
    const gone = await deleteOrganization(owner(team), ` ${team.org.name} `);
    expect(gone.name).toBe(team.org.name);
    expect(gone.members.map((m) => m.email)).toContain(team.ownerEmail);
    expect(gone.members).toHaveLength(3);
    for (const [table, column] of [
      [goals, goals.orgId],
      [kpiSnapshots, kpiSnapshots.orgId],
      [kpiSnapshotHistory, kpiSnapshotHistory.orgId],
      [memberships, memberships.orgId],
    ] as const) {
      expect(await getDb().$count(table, eq(column, team.org.id))).toBe(0);
    }
    expect(await getDb().$count(organizations, eq(organizations.id, team.org.id))).toBe(0);
    expect(await getDb().$count(users, eq(users.id, team.memberId))).toBe(1);
    expect(await getDb().$count(goals, eq(goals.orgId, other.org.id))).toBe(1);
  });

  it("tells each former member in the language saved on their account", async () => {
    const team = await makeTeam();
    await setUserLocale(team.memberId, "en");
    const gone = await deleteOrganization(owner(team), team.org.name);
    const subjects = gone.members.map((m) => organizationDeletedMail(m, gone.name, "Eier Test").subject).sort();
    expect(subjects).toEqual(
      [
        `${team.org.name} er slettet fra Målbar`,
        `${team.org.name} er slettet fra Målbar`,
        `${team.org.name} has been deleted from Målbar`,
      ].sort(),
    );
  });

  it("refuses a caller who is no longer an owner", async () => {
    const team = await makeTeam();
    await expect(deleteOrganization({ orgId: team.org.id, userId: team.managerId, role: "owner" }, team.org.name)).rejects.toThrow(
      "team.errors.noLongerOwner",
    );
    expect(await getDb().$count(organizations, eq(organizations.id, team.org.id))).toBe(1);
  });
});

describe("deleteOwnAccount", () => {
  it("refuses the last owner of an organization and names it", async () => {
    const team = await makeTeam();
    const refusal = await deleteOwnAccount(team.ownerId).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).messageValues).toEqual({ organizations: team.org.name });
    expect(await getDb().$count(users, eq(users.id, team.ownerId))).toBe(1);
  });

  it("lets an owner go when another owner stays", async () => {
    const team = await makeTeam();
    await getDb()
      .update(memberships)
      .set({ role: "owner" })
      .where(and(eq(memberships.orgId, team.org.id), eq(memberships.userId, team.managerId)));
    await deleteOwnAccount(team.ownerId);
    expect(await getDb().$count(users, eq(users.id, team.ownerId))).toBe(0);
  });

  it("removes the person and keeps the records they wrote, with no one named", async () => {
    const team = await makeTeam();
    const [goal] = await addActiveGoals(team, 1);
    await getDb().update(goals).set({ ownerId: team.memberId }).where(eq(goals.id, goal!.id));
    const asMember = { orgId: team.org.id, userId: team.memberId, role: "member" as const };
    await recordMeasurements(
      asMember,
      [{ channelId: (await goalRow(goal!.id)).channelId, metricId: goal!.metricId, date: "2026-11-20", value: 7 }],
      {
        source: "manual",
        today: "2026-11-26",
      },
    );

    await deleteOwnAccount(team.memberId);

    expect(await getDb().$count(users, eq(users.id, team.memberId))).toBe(0);
    expect(await getDb().$count(memberships, eq(memberships.userId, team.memberId))).toBe(0);
    const kept = await goalRow(goal!.id);
    expect(kept.ownerId).toBeNull();
    const [value] = await getDb()
      .select({ recordedBy: kpiSnapshots.recordedBy })
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.metricId, goal!.metricId), eq(kpiSnapshots.orgId, team.org.id), eq(kpiSnapshots.date, "2026-11-20")));
    expect(value).toEqual({ recordedBy: null });
  });
});

async function goalRow(id: string) {
  const [row] = await getDb().select().from(goals).where(eq(goals.id, id));
  return row!;
}
