import { describe, expect, it } from "vitest";
import enAll from "@/messages/en.json";
import nbAll from "@/messages/nb.json";
import { minutesFormat } from "@/lib/format";
import { escapeMarkdownLine, type MinutesDocument, minutesMarkdown, type MinutesTranslate } from "./minutes-markdown";

type Dict = Record<string, unknown>;

/** A translator over a plain dictionary: `{name}` placeholders, nested keys, and a loud failure for a missing key. */
function fakeTranslator(dict: Dict): MinutesTranslate {
  return (key, values = {}) => {
    const message = key.split(".").reduce<unknown>((o, part) => (o && typeof o === "object" ? (o as Dict)[part] : undefined), dict);
    if (typeof message !== "string") throw new Error(`missing message ${key}`);
    return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  };
}

// Short, fixed words (not the app's catalogs), so these cases test the layout, not the copy.
const nb = fakeTranslator({
  documentTitle: "Referat: {title}",
  meetingDate: "Dato",
  status: "Status",
  closed: "Avsluttet {date} av {name}",
  closedNoName: "Avsluttet {date}",
  notClosed: "Ikke avsluttet",
  draftLabel: "Utkast",
  draftBody: "Kan endre seg.",
  attendees: "Til stede",
  noAttendees: "Ingen deltakere.",
  goals: "Mål",
  noGoals: "Ingen mål.",
  pace: "Tempo",
  paceLabel: { on_track: "I rute", at_risk: "Usikker", off_track: "Bak skjema", no_data: "Mangler målinger" },
  progress: "Fremdrift",
  latest: "Siste verdi",
  valueVsTarget: "{latest} av {target}",
  measuredOn: "målt {date}",
  targetIs: "målet er {target}",
  noValue: "Ingen målinger",
  deadline: "Frist",
  noDeadline: "Ingen frist",
  assessment: "Vurdering",
  assessments: { on_track: "I rute", at_risk: "Usikker", off_track: "Bak skjema" },
  notAssessed: "Ikke vurdert",
  decision: "Beslutning",
  decisions: { keep: "Beholde", adjust: "Justere", close_achieved: "Nådd", close_missed: "Ikke nådd" },
  decidedBy: "av {name}",
  notDecided: "Ingen beslutning",
  adjustments: "Justeringer",
  fields: { targetValue: "målverdi", deadline: "frist", status: "status" },
  change: "{field} {from} → {to}",
  reason: "begrunnelse: {reason}",
  byline: "{name}, {date}",
  goalStatus: { active: "aktivt", achieved: "nådd" },
  notes: "Notater",
  someone: "Ukjent",
  actionItems: "Oppgaver",
  owner: "ansvarlig: {name}",
  noOwner: "ingen ansvarlig",
  due: "frist {date}",
  doneOn: "utført {date}",
  other: "Øvrig",
  otherNotes: "Øvrige notater",
  noOtherNotes: "Ingen øvrige notater.",
  otherActionItems: "Øvrige oppgaver",
  noOtherActionItems: "Ingen øvrige oppgaver.",
  confidence: "Tro på målet",
  noConfidence: "Ikke sagt",
  confidenceLevels: { high: "høy", medium: "middels", low: "lav" },
  confidenceFlag: "lav tro, men i rute",
  campaignNotes: "Kampanjenotater",
});
const en = fakeTranslator({
  documentTitle: "Minutes: {title}",
  meetingDate: "Date",
  status: "Status",
  closed: "Closed on {date} by {name}",
  closedNoName: "Closed on {date}",
  notClosed: "Not closed",
  draftLabel: "Draft",
  draftBody: "May still change.",
  attendees: "Attendees",
  noAttendees: "No attendees.",
  goals: "Goals",
  noGoals: "No goals.",
  pace: "Pace",
  paceLabel: { on_track: "On track", at_risk: "At risk", off_track: "Off track", no_data: "No measurements" },
  progress: "Progress",
  latest: "Latest value",
  valueVsTarget: "{latest} of {target}",
  measuredOn: "measured {date}",
  targetIs: "the target is {target}",
  noValue: "No measurements",
  deadline: "Deadline",
  noDeadline: "No deadline",
  assessment: "Assessment",
  assessments: { on_track: "On track", at_risk: "At risk", off_track: "Off track" },
  notAssessed: "Not assessed",
  decision: "Decision",
  decisions: { keep: "Keep", adjust: "Adjust", close_achieved: "Achieved", close_missed: "Missed" },
  decidedBy: "by {name}",
  notDecided: "No decision",
  adjustments: "Adjustments",
  fields: { targetValue: "target", deadline: "deadline", status: "status" },
  change: "{field} {from} → {to}",
  reason: "reason: {reason}",
  byline: "{name}, {date}",
  goalStatus: { active: "active", achieved: "achieved" },
  notes: "Notes",
  someone: "Unknown",
  actionItems: "Action items",
  owner: "owner: {name}",
  noOwner: "no owner",
  due: "due {date}",
  doneOn: "done {date}",
  other: "Other business",
  otherNotes: "Other notes",
  noOtherNotes: "No other notes.",
  otherActionItems: "Other action items",
  noOtherActionItems: "No other action items.",
});

// Intl uses no-break spaces; compare with ordinary ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const closedMeeting: MinutesDocument = {
  meeting: {
    title: "Månedsmøte november",
    scheduledFor: "2026-11-26",
    closedAt: new Date("2026-11-26T13:30:00Z"),
    closedByName: "Kari Nordmann",
    attendees: [{ name: "Ingrid Berg" }, { name: "Ola Hansen" }],
  },
  draft: false,
  goals: [
    {
      snapshot: {
        title: "Flere bryllupskaker",
        unit: "count",
        latestValue: 104,
        latestDate: "2026-11-01",
        targetValue: 130,
        deadline: "2027-02-26",
        progress: 0.1333,
        pace: "off_track",
      },
      assessment: "off_track",
      decision: "adjust",
      decidedByName: "Ola Hansen",
      notes: [{ authorName: "Ingrid Berg", body: "Bryllupssesongen er over.\nVi prøver igjen i mars.", createdAt: "2026-11-26T13:05:00Z" }],
      adjustments: [
        {
          createdAt: "2026-11-26T13:10:00Z",
          changedByName: "Ola Hansen",
          reason: "Sesongen er kortere enn vi trodde",
          changes: { targetValue: { from: 130, to: 120 }, deadline: { from: "2027-02-26", to: "2027-06-14" } },
        },
      ],
      actionItems: [
        { title: "Lage vårkampanje", ownerName: "Ingrid Berg", dueOn: "2026-12-15", doneAt: null },
        { title: "Bestille bilder", ownerName: null, dueOn: null, doneAt: "2026-11-27T09:00:00Z" },
      ],
    },
    {
      snapshot: {
        title: "Åpningsrate",
        unit: "percent",
        latestValue: 25.5,
        latestDate: null,
        targetValue: 30,
        deadline: null,
        progress: 0.55,
        pace: "on_track",
      },
      assessment: null,
      decision: "close_achieved",
      decidedByName: null,
      notes: [],
      adjustments: [
        { createdAt: "2026-11-26T13:20:00Z", changedByName: null, reason: "", changes: { status: { from: "active", to: "achieved" } } },
      ],
      actionItems: [],
    },
  ],
  generalNotes: [{ authorName: null, body: "Neste møte i januar.", createdAt: "2026-11-26T13:25:00Z" }],
  generalActionItems: [{ title: "Sende referatet", ownerName: "Kari Nordmann", dueOn: "2026-11-28", doneAt: null }],
};

const emptyDraft: MinutesDocument = {
  meeting: { title: "Ekstramøte", scheduledFor: "2026-12-03", closedAt: null, closedByName: null, attendees: [] },
  draft: true,
  goals: [],
  generalNotes: [],
  generalActionItems: [],
};

describe("minutesMarkdown", () => {
  it.each([
    [
      "nb",
      nb,
      closedMeeting,
      `# Referat: Månedsmøte november

- **Dato:** 26. nov. 2026
- **Status:** Avsluttet 26. nov. 2026 av Kari Nordmann

## Til stede

- Ingrid Berg
- Ola Hansen

## Mål

### Flere bryllupskaker

- **Tempo:** Bak skjema
- **Fremdrift:** 13,3 %
- **Siste verdi:** 104 av 130 (målt 1. nov. 2026)
- **Frist:** 26. feb. 2027
- **Vurdering:** Bak skjema
- **Beslutning:** Justere (av Ola Hansen)

#### Justeringer

- Målverdi 130 → 120, frist 26. feb. 2027 → 14. juni 2027 — begrunnelse: Sesongen er kortere enn vi trodde (Ola Hansen, 26. nov. 2026)

#### Notater

- **Ingrid Berg** (26. nov. 2026, 14:05): Bryllupssesongen er over.  
  Vi prøver igjen i mars.

#### Oppgaver

- [ ] Lage vårkampanje — ansvarlig: Ingrid Berg, frist 15. des. 2026
- [x] Bestille bilder — ingen ansvarlig, utført 27. nov. 2026

### Åpningsrate

- **Tempo:** I rute
- **Fremdrift:** 55 %
- **Siste verdi:** 25,5 % av 30 %
- **Frist:** Ingen frist
- **Vurdering:** Ikke vurdert
- **Beslutning:** Nådd

#### Justeringer

- Status aktivt → nådd (Ukjent, 26. nov. 2026)

## Øvrig

### Øvrige notater

- **Ukjent** (26. nov. 2026, 14:25): Neste møte i januar.

### Øvrige oppgaver

- [ ] Sende referatet — ansvarlig: Kari Nordmann, frist 28. nov. 2026
`,
    ],
    [
      "en",
      en,
      closedMeeting,
      `# Minutes: Månedsmøte november

- **Date:** 26 Nov 2026
- **Status:** Closed on 26 Nov 2026 by Kari Nordmann

## Attendees

- Ingrid Berg
- Ola Hansen

## Goals

### Flere bryllupskaker

- **Pace:** Off track
- **Progress:** 13.3%
- **Latest value:** 104 of 130 (measured 1 Nov 2026)
- **Deadline:** 26 Feb 2027
- **Assessment:** Off track
- **Decision:** Adjust (by Ola Hansen)

#### Adjustments

- Target 130 → 120, deadline 26 Feb 2027 → 14 Jun 2027 — reason: Sesongen er kortere enn vi trodde (Ola Hansen, 26 Nov 2026)

#### Notes

- **Ingrid Berg** (26 Nov 2026, 14:05): Bryllupssesongen er over.  
  Vi prøver igjen i mars.

#### Action items

- [ ] Lage vårkampanje — owner: Ingrid Berg, due 15 Dec 2026
- [x] Bestille bilder — no owner, done 27 Nov 2026

### Åpningsrate

- **Pace:** On track
- **Progress:** 55%
- **Latest value:** 25.5% of 30%
- **Deadline:** No deadline
- **Assessment:** Not assessed
- **Decision:** Achieved

#### Adjustments

- Status active → achieved (Unknown, 26 Nov 2026)

## Other business

### Other notes

- **Unknown** (26 Nov 2026, 14:25): Neste møte i januar.

### Other action items

- [ ] Sende referatet — owner: Kari Nordmann, due 28 Nov 2026
`,
    ],
    [
      "nb",
      nb,
      emptyDraft,
      `# Referat: Ekstramøte

> **Utkast:** Kan endre seg.

- **Dato:** 3. des. 2026
- **Status:** Ikke avsluttet

## Til stede

Ingen deltakere.

## Mål

Ingen mål.

## Øvrig

### Øvrige notater

Ingen øvrige notater.

### Øvrige oppgaver

Ingen øvrige oppgaver.
`,
    ],
    [
      "en",
      en,
      emptyDraft,
      `# Minutes: Ekstramøte

> **Draft:** May still change.

- **Date:** 3 Dec 2026
- **Status:** Not closed

## Attendees

No attendees.

## Goals

No goals.

## Other business

### Other notes

No other notes.

### Other action items

No other action items.
`,
    ],
  ] as const)("renders the minutes in %s", (locale, t, minutes, expected) => {
    expect(plain(minutesMarkdown(minutes, t, minutesFormat(locale, "Europe/Oslo")))).toBe(expected);
  });

  it("says 'no measurements' for a goal without values, and names who closed a meeting only when known", () => {
    const minutes: MinutesDocument = {
      ...closedMeeting,
      meeting: { ...closedMeeting.meeting, closedByName: null },
      goals: [
        {
          ...closedMeeting.goals[1]!,
          snapshot: { ...closedMeeting.goals[1]!.snapshot, latestValue: null, progress: null, pace: "no_data" },
        },
      ],
    };
    const md = plain(minutesMarkdown(minutes, en, minutesFormat("en", "Europe/Oslo")));
    expect(md).toContain("- **Status:** Closed on 26 Nov 2026\n");
    expect(md).toContain("- **Pace:** No measurements\n- **Progress:** —\n- **Latest value:** No measurements (the target is 30%)\n");
  });

  it.each([
    ["no key in an old snapshot: no line", undefined, "on_track", null],
    ["none given", null, "on_track", "- **Tro på målet:** Ikke sagt\n"],
    ["high with a comment", { level: "high", comment: "Påsken er booket" }, "at_risk", "- **Tro på målet:** høy — Påsken er booket\n"],
    ["low while on track is flagged", { level: "low", comment: "" }, "on_track", "- **Tro på målet:** lav (lav tro, men i rute)\n"],
    ["low while at risk is not", { level: "low", comment: "" }, "at_risk", "- **Tro på målet:** lav\n"],
    [
      "a comment is made inert",
      { level: "medium", comment: "**viktig** [lenke](x)" },
      "at_risk",
      "- **Tro på målet:** middels — \\*\\*viktig\\*\\* \\[lenke\\](x)\n",
    ],
  ] as const)("shows the confidence the meeting read: %s", (_name, confidence, pace, line) => {
    const goal = closedMeeting.goals[0]!;
    const minutes: MinutesDocument = { ...closedMeeting, goals: [{ ...goal, snapshot: { ...goal.snapshot, pace, confidence } }] };
    const md = minutesMarkdown(minutes, nb, minutesFormat("nb", "Europe/Oslo"));
    // The line stands right after the pace, before the progress.
    const head = md.split("- **Fremdrift:**")[0]!;
    if (line) expect(head.endsWith(line)).toBe(true);
    else expect(md).not.toContain("Tro på målet");
  });

  it("lists the channel's campaign notes in the period under the goal, before the meeting's notes", () => {
    const goal = closedMeeting.goals[0]!;
    const campaignNotes = [
      { body: "Morsdagskampanje", startsOn: "2026-11-02", endsOn: "2026-11-08" },
      { body: "Nyhetsbrev <b>sendt</b>", startsOn: "2026-11-20", endsOn: null },
    ];
    const minutes: MinutesDocument = { ...closedMeeting, goals: [{ ...goal, snapshot: { ...goal.snapshot, campaignNotes } }] };
    const md = minutesMarkdown(minutes, nb, minutesFormat("nb", "Europe/Oslo"));
    expect(md).toContain(
      "#### Kampanjenotater\n\n- 2. nov. 2026 – 8. nov. 2026: Morsdagskampanje\n- 20. nov. 2026: Nyhetsbrev \\<b\\>sendt\\</b\\>\n\n#### Notater",
    );
  });
});

describe("escaping what people wrote", () => {
  it.each([
    ["# Overskrift", "\\# Overskrift"],
    ["## to ## tre", "\\#\\# to \\#\\# tre"],
    ["> sitat", "\\> sitat"],
    ["- liste", "\\- liste"],
    ["+ liste", "\\+ liste"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["* stjerne", "\\* stjerne"],
    ["1. nummer", "1\\. nummer"],
    ["2026) år", "2026\\) år"],
    ["[klikk her](https://example.com)", "\\[klikk her\\](https://example.com)"],
    ["![bilde](x.png)", "!\\[bilde\\](x.png)"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["**fet** _kursiv_ `kode`", "\\*\\*fet\\*\\* \\_kursiv\\_ \\`kode\\`"],
    ["| a | b |", "\\| a \\| b \\|"],
    ["~~~", "\\~\\~\\~"],
    ["&amp; \\", "\\&amp; \\\\"],
    ["    innrykk blir ikke kode", "innrykk blir ikke kode"],
    ["Helt vanlig tekst, 10 % bedre.", "Helt vanlig tekst, 10 % bedre."],
  ])("%j → %j", (line, escaped) => {
    expect(escapeMarkdownLine(line)).toBe(escaped);
  });

  it("keeps a note's line breaks inside its list item and lets no line of it become a heading, link or list", () => {
    const minutes: MinutesDocument = {
      ...emptyDraft,
      meeting: { ...emptyDraft.meeting, title: "# Møte [x](y)", attendees: [{ name: "- Ola *Hansen*" }] },
      generalNotes: [
        {
          authorName: "**Ingrid**",
          body: "Første linje\n# Ikke en overskrift\n\n[lenke](https://evil.example)\n- ikke en liste",
          createdAt: "2026-12-03T10:00:00Z",
        },
      ],
      generalActionItems: [{ title: "## Gjøre noe\nsnart", ownerName: "[Kari](https://evil.example)", dueOn: null, doneAt: null }],
    };
    const md = plain(minutesMarkdown(minutes, nb, minutesFormat("nb", "Europe/Oslo")));
    expect(md).toContain("# Referat: \\# Møte \\[x\\](y)\n");
    expect(md).toContain("- \\- Ola \\*Hansen\\*\n");
    expect(md).toContain(
      "- **\\*\\*Ingrid\\*\\*** (3. des. 2026, 11:00): Første linje  \n  \\# Ikke en overskrift\n\n  \\[lenke\\](https://evil.example)  \n  \\- ikke en liste\n",
    );
    expect(md).toContain("- [ ] \\#\\# Gjøre noe snart — ansvarlig: \\[Kari\\](https://evil.example)\n");
    // Every line the people wrote starts indented or escaped: the only headings are the document's own.
    expect(md.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "# Referat: \\# Møte \\[x\\](y)",
      "## Til stede",
      "## Mål",
      "## Øvrig",
      "### Øvrige notater",
      "### Øvrige oppgaver",
    ]);
  });
});

describe("the app's catalogs", () => {
  // Every key the document asks for, with the real bokmål and English words.
  it.each([
    ["nb", nbAll],
    ["en", enAll],
  ] as const)("hold every message the minutes use (%s)", (locale, all) => {
    const t = fakeTranslator((all as { reviews: { minutes: Dict } }).reviews.minutes);
    const f = minutesFormat(locale, "Europe/Oslo");
    const decisions = ["keep", "adjust", "close_achieved", "close_missed"] as const;
    const assessments = ["on_track", "at_risk", "off_track", null] as const;
    const paces = ["on_track", "at_risk", "off_track", "no_data"] as const;
    const goals = decisions.map((decision, i) => ({
      ...closedMeeting.goals[0]!,
      decision,
      assessment: assessments[i]!,
      snapshot: {
        ...closedMeeting.goals[0]!.snapshot,
        pace: paces[i]!,
        confidence: i ? { level: "low" as const, comment: "" } : null,
        campaignNotes: [{ body: "Kampanje", startsOn: "2026-11-02", endsOn: null }],
      },
    }));
    for (const minutes of [{ ...closedMeeting, goals }, { ...closedMeeting, goals: [closedMeeting.goals[1]!] }, emptyDraft]) {
      expect(() => minutesMarkdown(minutes, t, f)).not.toThrow();
    }
  });
});

describe("budget moved in the meeting", () => {
  const moves: MinutesDocument["budgetMoves"] = [
    {
      month: "2026-12-01",
      amount: 2000,
      from: { nameNb: "Google Ads", nameEn: "Google Ads", before: 5000 },
      to: { nameNb: "Facebook og Instagram", nameEn: "Facebook and Instagram", before: 3000 },
      reason: "Google gir dyre leads",
      movedByName: "Kari",
      createdAt: "2026-12-02T09:00:00Z",
    },
    {
      month: "2027-01-01",
      amount: 1250.5,
      from: { nameNb: "Google Ads", nameEn: "Google Ads", before: 4000 },
      to: { nameNb: "Influencere", nameEn: "Influencers", before: null },
      reason: "Prøver **influencere**",
      movedByName: null,
      createdAt: "2026-12-02T09:05:00Z",
    },
  ];
  it.each([
    [
      "nb",
      nbAll,
      [
        "## Budsjett flyttet",
        "",
        // 5 000 − 2 000 = 3 000 and 3 000 + 2 000 = 5 000.
        "- 2 000 kr av budsjettet for desember 2026 fra Google Ads til Facebook og Instagram (Google Ads: 5 000 kr → 3 000 kr, Facebook og Instagram: 3 000 kr → 5 000 kr) — begrunnelse: Google gir dyre leads (Kari, 2. des. 2026)",
        // 4 000 − 1 250,50 = 2 749,50; no budget + 1 250,50 = 1 250,50.
        "- 1 250,50 kr av budsjettet for januar 2027 fra Google Ads til Influencere (Google Ads: 4 000 kr → 2 749,50 kr, Influencere: intet budsjett → 1 250,50 kr) — begrunnelse: Prøver \\*\\*influencere\\*\\* (Et tidligere medlem, 2. des. 2026)",
      ].join("\n"),
    ],
    [
      "en",
      enAll,
      [
        "## Budget moved",
        "",
        "- NOK 2,000 of the December 2026 budget from Google Ads to Facebook and Instagram (Google Ads: NOK 5,000 → NOK 3,000, Facebook and Instagram: NOK 3,000 → NOK 5,000) — reason: Google gir dyre leads (Kari, 2 Dec 2026)",
      ].join("\n"),
    ],
  ] as const)("lists each move with the budgets before and after (%s)", (locale, all, expected) => {
    const t = fakeTranslator((all as { reviews: { minutes: Dict } }).reviews.minutes);
    const md = plain(minutesMarkdown({ ...emptyDraft, budgetMoves: moves }, t, minutesFormat(locale, "Europe/Oslo")));
    expect(md).toContain(`${expected}\n`);
    // After the goals, before the other notes and action items.
    const section = md.indexOf(locale === "nb" ? "## Budsjett flyttet" : "## Budget moved");
    expect(section).toBeGreaterThan(md.indexOf(locale === "nb" ? "## Målene" : "## Goals"));
    expect(section).toBeLessThan(md.indexOf(locale === "nb" ? "## Øvrig" : "## Other"));
  });

  it("has no budget section without moves (or for someone who does not see money)", () => {
    const t = fakeTranslator(nbAll.reviews.minutes);
    expect(minutesMarkdown({ ...emptyDraft, budgetMoves: [] }, t, minutesFormat("nb", "Europe/Oslo"))).not.toContain("Budsjett flyttet");
  });
});
