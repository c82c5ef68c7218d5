import { beforeAll, describe, expect, it } from "vitest";
import { makeTeam } from "@/test/fixtures";
import { previewImport, ROWS_PER_TURN } from "@/lib/data/csv";

// Issue 15: a large preview held the event loop (and every other request) for seconds.
// The commit reads its rows through the same checkedRows loop, so it takes turns the same way.
let ctx: { orgId: string; userId: string; role: "member" };
const today = "2026-11-26";
const ROWS = ROWS_PER_TURN * 20;

/**
 * A file already in memory, so reading it awaits nothing but microtasks; the
 * timer is scheduled as its one chunk is handed over, when the row loop starts.
 */
function fileThatStartsATimer(text: string, events: string[]): AsyncIterable<string> {
  return {
    [Symbol.asyncIterator]() {
      let sent = false;
      return {
        next() {
          if (!sent) setTimeout(() => events.push("timer"), 0);
          const result: IteratorResult<string> = sent ? { done: true, value: undefined } : { done: false, value: text };
          sent = true;
          return Promise.resolve(result);
        },
      };
    },
  };
}

/** Rows of a channel nobody has: every one is checked, none reaches the database. */
const unknownChannelRows = () =>
  ["dato;kanal;måltall;verdi", ...Array.from({ length: ROWS }, (_, i) => `01.01.2026;tiktok;følgere;${i}`)].join("\n");

beforeAll(async () => {
  const team = await makeTeam();
  ctx = { orgId: team.org.id, userId: team.memberId, role: "member" };
});

describe("a large CSV gives other work its turn", () => {
  it("a timer set as the preview starts reading rows fires before the preview ends", async () => {
    const events: string[] = [];
    const preview = await previewImport(ctx, fileThatStartsATimer(unknownChannelRows(), events), today);
    events.push("preview done");
    expect(preview).toMatchObject({ rows: ROWS, valid: 0, problemCount: ROWS });
    expect(events).toEqual(["timer", "preview done"]);
  });
});
