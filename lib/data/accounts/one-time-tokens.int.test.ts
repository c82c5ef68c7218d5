import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { oneTimeTokens } from "@/db/schema/index";
import { makeTeam } from "@/test/fixtures";
import { consumeOneTimeToken, issueOneTimeToken, peekOneTimeToken, purgeOneTimeTokens } from "./one-time-tokens";

describe("one-time link tokens", () => {
  it("work once, for their purpose only, and are stored only as a hash", async () => {
    const { ownerId } = await makeTeam();
    const token = await issueOneTimeToken(ownerId, "resetPassword", 3600);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await getDb().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, ownerId));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await consumeOneTimeToken("verifyEmail", token)).toBeNull();
    expect(await peekOneTimeToken("resetPassword", token)).toBe(ownerId);
    expect(await consumeOneTimeToken("resetPassword", token)).toBe(ownerId);
    expect(await consumeOneTimeToken("resetPassword", token)).toBeNull();
    expect(await peekOneTimeToken("resetPassword", token)).toBeNull();
  });

  it("refuse malformed and expired tokens, and a newer link replaces an older one", async () => {
    const { ownerId } = await makeTeam();
    expect(await consumeOneTimeToken("resetPassword", "x".repeat(42))).toBeNull();
    expect(await consumeOneTimeToken("resetPassword", "'; drop table users; --".padEnd(43, "a"))).toBeNull();
    const older = await issueOneTimeToken(ownerId, "resetPassword", 3600);
    const newer = await issueOneTimeToken(ownerId, "resetPassword", 3600);
    expect(await consumeOneTimeToken("resetPassword", older)).toBeNull();
    await getDb()
      .update(oneTimeTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(oneTimeTokens.userId, ownerId));
    expect(await consumeOneTimeToken("resetPassword", newer)).toBeNull();
  });

  it("are purged some days after they expired or were used", async () => {
    const { ownerId } = await makeTeam();
    await issueOneTimeToken(ownerId, "verifyEmail", 3600);
    await getDb()
      .update(oneTimeTokens)
      .set({ expiresAt: sql`now() - interval '8 days'` })
      .where(eq(oneTimeTokens.userId, ownerId));
    expect(await purgeOneTimeTokens(7)).toBeGreaterThanOrEqual(1);
    expect(await getDb().select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, ownerId))).toHaveLength(0);
  });
});
