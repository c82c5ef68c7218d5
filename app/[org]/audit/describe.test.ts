import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "@/lib/data/audit";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import { DESCRIBED_ACTIONS, describeEvent, seriesNamer, type Translate } from "./describe";

const catalog = [
  {
    id: "c1",
    key: "instagram",
    nameNb: "Instagram",
    nameEn: "Instagram",
    own: false,
    archived: false,
    metrics: [
      {
        id: "m1",
        key: "followers",
        nameNb: "Følgere",
        nameEn: "Followers",
        unit: "count" as const,
        kind: "total" as const,
        direction: "increase" as const,
        custom: false,
        derivation: null,
      },
    ],
  },
];

function entry(action: string, data: Record<string, unknown> = {}, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    action,
    createdAt: new Date(),
    actorId: "u1",
    actorName: "Kari Nordmann",
    targetType: null,
    targetId: null,
    targetName: "Ola Hansen",
    targetRole: null,
    data,
    ...extra,
  };
}

function say(locale: "nb" | "en"): Translate {
  // A missing message or argument throws instead of printing its key.
  const t = createTranslator({
    locale,
    messages: locale === "nb" ? nb : en,
    namespace: "audit",
    onError: (error) => {
      throw error;
    },
  });
  return t as unknown as Translate;
}

describe("audit sentences", () => {
  it.each(["nb", "en"] as const)("every described action has a sentence in %s, with no placeholder left", (locale) => {
    const names = seriesNamer(catalog, locale);
    for (const action of DESCRIBED_ACTIONS) {
      const text = describeEvent(
        say(locale),
        locale,
        entry(action, {
          from: "member",
          to: "manager",
          role: "member",
          name: "Nettbutikk",
          status: "active",
          scheduledFor: "2026-11-27",
          cadence: "quarterly",
          assessment: "at_risk",
          decision: "adjust",
          created: 2,
          corrected: 1,
          rows: 3,
          source: "api",
          ip: "203.0.113.9",
          method: "password",
          level: "medium",
          body: "Nyhetsbrev sendt",
          channelId: "c1",
        }),
        names,
      );
      expect(text, action).not.toMatch(/[{}]|audit\.|undefined|NaN/);
    }
  });

  it.each([
    [
      "member.role_changed",
      { from: "member", to: "manager" },
      {},
      "Kari Nordmann endret rollen til Ola Hansen fra ansatt til markedsansvarlig",
    ],
    ["auth.login_failed", { ip: "203.0.113.9" }, { actorName: null }, "Mislykket innlogging på kontoen til Ola Hansen fra 203.0.113.9"],
    [
      "auth.password_reset_requested",
      { ip: "203.0.113.9" },
      { actorName: null },
      "Noen ba om en lenke for nytt passord til kontoen til Ola Hansen fra 203.0.113.9",
    ],
    [
      "auth.password_reset",
      {},
      { actorName: "Ola Hansen" },
      "Ola Hansen laget et nytt passord med en lenke fra e-posten og ble logget ut overalt",
    ],
    ["goal.deleted", { title: "Bryllupskaker" }, { targetName: null }, "Kari Nordmann slettet utkastet «Bryllupskaker»"],
    [
      "invitation.created",
      { role: "manager" },
      { targetName: null },
      "Kari Nordmann inviterte hvem som helst med lenken som markedsansvarlig",
    ],
    [
      "measurements.corrected",
      { created: 0, corrected: 1, source: "manual", channelId: "c1", metricId: "m1", from: "2026-11-25", to: "2026-11-25" },
      {},
      "Kari Nordmann rettet 1 måling for hånd i Instagram · Følgere 25. nov. 2026",
    ],
    [
      "measurements.deleted",
      { channelId: "c1", metricId: "m1", from: "2026-11-25", to: "2026-11-25", value: 1200 },
      {},
      "Kari Nordmann slettet en måling i Instagram · Følgere 25. nov. 2026",
    ],
    [
      "measurements.recorded",
      { created: 7, corrected: 0, source: "grid", channelId: "c1", metricId: "m1", from: "2026-11-19", to: "2026-11-25" },
      {},
      "Kari Nordmann registrerte 7 nye målinger i rutenettet i Instagram · Følgere 19. nov. 2026–25. nov. 2026",
    ],
    [
      "measurements.imported",
      { rows: 1200, created: 1000, corrected: 150, unchanged: 50 },
      {},
      "Kari Nordmann importerte en CSV-fil med 1\u00a0200 rader: 1\u00a0000 nye, 150 rettet, 50 uendret",
    ],
    [
      "review.note_added",
      {},
      { actorName: null, targetName: "Novembermøtet" },
      "Et tidligere medlem skrev et notat i møtet «Novembermøtet»",
    ],
    [
      "confidence.recorded",
      { level: "low", from: "high" },
      { targetName: "Bryllupskaker" },
      "Kari Nordmann sa at troen på målet «Bryllupskaker» er lav",
    ],
    [
      "confidence.recorded",
      { level: "sure" },
      { targetName: "Bryllupskaker" },
      "Kari Nordmann sa at troen på målet «Bryllupskaker» er ukjent",
    ],
    [
      "chart_note.deleted",
      { body: "Morsdagskampanje startet", channelId: "c1", startsOn: "2026-05-01" },
      { targetName: null },
      "Kari Nordmann slettet kampanjenotatet «Morsdagskampanje startet» på Instagram",
    ],
    [
      "chart_note.created",
      { body: "Nyhetsbrev sendt", channelId: "gone" },
      {},
      "Kari Nordmann la til kampanjenotatet «Nyhetsbrev sendt» på ukjent",
    ],
    ["channel.created", { title: "TikTok", metrics: 2 }, { targetName: null }, "Kari Nordmann la til kanalen «TikTok» med 2 måltall"],
    [
      "channel.renamed",
      { title: "Lokalavisa", from: "Avisa" },
      { targetName: null },
      "Kari Nordmann ga kanalen «Avisa» nytt navn: «Lokalavisa»",
    ],
    ["channel.archived", { title: "TikTok" }, { targetName: null }, "Kari Nordmann arkiverte kanalen «TikTok»"],
    ["channel.restored", { title: "TikTok" }, { targetName: null }, "Kari Nordmann hentet fram igjen kanalen «TikTok»"],
    ["something.new", {}, {}, "Kari Nordmann: something.new"],
  ])("%s in bokmål", (action, data, extra, sentence) => {
    expect(describeEvent(say("nb"), "nb", entry(action, data, extra), seriesNamer(catalog, "nb"))).toBe(sentence);
  });
});
