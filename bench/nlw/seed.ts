/**
 * The bench's organizations, seeded through the data layer (the same functions
 * the app calls): an owner and managers who sign in with a password, an API
 * token, one series of its own per API writer, shared "hot" dates that several
 * writers correct at once, draft goals to edit, and an open review meeting.
 * Import only after DATABASE_URL points at the bench's database.
 */
const PASSWORD = "nlw-bryllupskake-2026";

export type GoalSeed = { id: string; fields: Record<string, string> };
export type OrgSeed = {
  slug: string;
  token: string;
  people: { email: string; userId: string }[];
  ownSeries: { channel: string; metric: string }[];
  hot: { channel: string; metric: string; dates: string[] };
  goals: GoalSeed[];
  meetingId: string;
};

export async function seedOrg(index: number, ownSeriesCount: number, today: string): Promise<OrgSeed> {
  const { registerAccount } = await import("@/lib/data/accounts");
  const { createInvitation } = await import("@/lib/data/team");
  const { createApiToken } = await import("@/lib/data/team");
  const { addCustomMetric, channelCatalog } = await import("@/lib/data/benchmarks");
  const { recordMeasurements } = await import("@/lib/data/measurements");
  const { createGoal } = await import("@/lib/data/goals");
  const { scheduleMeeting, startMeeting } = await import("@/lib/data/reviews");
  const { getDb } = await import("@/db/client");
  const { addDays } = await import("@/lib/domain/dates");

  const tag = `${index}-${Date.now().toString(36)}`;
  const ownerEmail = `eier-${tag}@nlw.test`;
  const owner = await registerAccount({
    name: `Eier ${index}`,
    email: ownerEmail,
    password: PASSWORD,
    locale: "nb",
    organizationName: `NLW bakeri ${tag}`,
    emailVerified: true,
  });
  const [org] = await getDb().query.organizations.findMany({ where: (o, { eq }) => eq(o.slug, owner.slug) });
  const ctx = { orgId: org!.id, userId: owner.userId, role: "owner" as const };
  const people = [{ email: ownerEmail, userId: owner.userId }];
  for (let m = 0; m < 3; m++) {
    const { token } = await createInvitation(ctx, { role: "manager", days: 1 });
    const email = `leder-${m}-${tag}@nlw.test`;
    const joined = await registerAccount({
      name: `Leder ${m} ${index}`,
      email,
      password: PASSWORD,
      locale: "nb",
      inviteToken: token,
      emailVerified: true,
    });
    people.push({ email, userId: joined.userId });
  }
  const { token } = await createApiToken(ctx, "NLW-benk");

  const base = (await channelCatalog(ctx)).find((c) => c.metrics.length > 0)!;
  for (let w = 0; w < ownSeriesCount; w++)
    await addCustomMetric(getDb(), ctx, { channelId: base.id, name: `NLW skriver ${w}`, unit: "count", direction: "increase" });
  const channel = (await channelCatalog(ctx)).find((c) => c.id === base.id)!;
  const ownSeries = channel.metrics.filter((m) => m.custom).map((m) => ({ channel: channel.key, metric: m.key }));
  const hotMetric = channel.metrics.find((m) => !m.custom)!;
  const hotDates = [1, 2, 3].map((d) => addDays(today, -d)!);
  await recordMeasurements(
    ctx,
    hotDates.map((date) => ({ channelId: channel.id, metricId: hotMetric.id, date, value: 1, note: "seed" })),
    { source: "manual", today },
  );

  const goals: GoalSeed[] = [];
  for (let g = 0; g < 3; g++) {
    const fields = {
      title: `NLW mål ${g}`,
      description: "Redigeres av mange samtidig",
      channelId: channel.id,
      metricId: hotMetric.id,
      unit: hotMetric.unit,
      direction: hotMetric.direction,
      baselineValue: "100",
      baselineDate: today,
      targetValue: "130",
      startDate: today,
      deadline: addDays(today, 180)!,
      objectiveId: "",
      ownerId: "",
      priority: "medium",
      intent: "draft",
    };
    const id = await createGoal(
      ctx,
      {
        ...fields,
        metricId: hotMetric.id,
        customMetric: null,
        baselineValue: 100,
        targetValue: 130,
        objectiveId: null,
        ownerId: null,
        priority: "medium",
      },
      "draft",
      today,
    );
    goals.push({ id, fields });
  }
  const meetingId = await scheduleMeeting(ctx, { title: "NLW møte 1", scheduledFor: today, attendeeIds: [] });
  await startMeeting(ctx, meetingId);
  return {
    slug: owner.slug,
    token,
    people,
    ownSeries,
    hot: { channel: channel.key, metric: hotMetric.key, dates: hotDates },
    goals,
    meetingId,
  };
}
