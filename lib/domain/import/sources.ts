import type { ImportSource } from "./types";
import type { DateFormat } from "./values";

/**
 * One header table per platform: which header names (English and, where the
 * platform localizes them, Norwegian; compared lower-cased) mean which field,
 * and which Målbar series each field feeds. Recognising a file and reading it
 * both come from these tables; parse.ts holds no platform's names.
 */
export type Output =
  | { metric: string; sum: string[] }
  | { metric: string; last: string }
  /** numerator / denominator × scale, each summed first: e.g. open rate = unique opens / deliveries × 100 (percent points; `unit: "nok"` for a cost per something). */
  | { metric: string; ratio: [num: string, den: string]; scale: number; unit?: "nok" }
  /** a rate column averaged with weights: e.g. YouTube's CTR weighted by impressions. */
  | { metric: string; weighted: [rate: string, weight: string]; scale?: number };

export type SourceSpec = {
  source: ImportSource;
  /** Default channel; a `route` may choose another per row. */
  channel: string;
  itemKey: string;
  countBy: "rows" | "days" | "orders";
  fields: Record<string, string[]>;
  /** Fields whose headers must all be present for the file to be this source. */
  required: string[];
  /** At least one of these must be present too (a bare "Date" column proves nothing). */
  anyOf?: string[];
  date: string;
  dateFormat?: DateFormat;
  outputs: Output[];
  notes?: string[];
};

const META_POST_METRICS: Output[] = [
  { metric: "custom:Views", sum: ["views"] },
  { metric: "reach", sum: ["reach"] },
  { metric: "engagement", sum: ["likes", "comments", "shares", "saves"] },
  { metric: "custom:Likes", sum: ["likes"] },
  { metric: "custom:Comments", sum: ["comments"] },
  { metric: "custom:Shares", sum: ["shares"] },
  { metric: "custom:Saves", sum: ["saves"] },
  { metric: "custom:Follows", sum: ["follows"] },
];
const META_POST_FIELDS = {
  publish: ["publish time", "publiseringstidspunkt", "publiseringstid"],
  views: ["views", "visninger"],
  reach: ["reach", "rekkevidde"],
  likes: ["likes", "reactions", "liker", "likerklikk", "reaksjoner"],
  comments: ["comments", "kommentarer"],
  shares: ["shares", "delinger"],
  saves: ["saves", "lagringer"],
  follows: ["follows", "følger", "nye følgere"],
};

export const SOURCE_SPECS: SourceSpec[] = [
  {
    source: "metaPosts",
    channel: "instagram",
    itemKey: "import.items.posts",
    countBy: "rows",
    fields: { ...META_POST_FIELDS, account: ["account username", "kontobrukernavn"] },
    required: ["publish", "account"],
    date: "publish",
    dateFormat: "mdy",
    outputs: META_POST_METRICS.filter((o) => o.metric !== "reach").concat({ metric: "custom:Reach", sum: ["reach"] }),
    notes: ["import.notes.lifetimeTotals"],
  },
  {
    source: "metaPosts",
    channel: "facebook",
    itemKey: "import.items.posts",
    countBy: "rows",
    fields: { ...META_POST_FIELDS, page: ["page name", "sidenavn", "page id", "side-id"] },
    required: ["publish", "page"],
    date: "publish",
    dateFormat: "mdy",
    outputs: META_POST_METRICS,
    notes: ["import.notes.lifetimeTotals"],
  },
  {
    source: "metaAds",
    channel: "facebook",
    itemKey: "import.items.adRows",
    countBy: "rows",
    fields: {
      starts: ["reporting starts", "rapporteringen starter", "rapportering starter"],
      ends: ["reporting ends", "rapporteringen slutter", "rapportering slutter"],
      day: ["day", "dag"],
      campaign: ["campaign name", "kampanjenavn"],
      spend: ["amount spent", "beløp brukt"],
      results: ["results", "resultater"],
      // "Eksponeringer" and "Klikk på lenke" as a bokmål Ads Manager export writes them (docs/IMPORT-SOURCES.md says where from).
      impressions: ["impressions", "eksponeringer", "visninger"],
      reach: ["reach", "rekkevidde"],
      linkClicks: ["link clicks", "klikk på lenke", "koblingsklikk", "lenkeklikk"],
    },
    required: ["starts", "ends", "spend"],
    date: "day",
    outputs: [
      { metric: "spend", sum: ["spend"] },
      { metric: "custom:Results", sum: ["results"] },
      { metric: "custom:Cost per result", ratio: ["spend", "results"], scale: 1, unit: "nok" },
      { metric: "custom:Impressions", sum: ["impressions"] },
      { metric: "reach", sum: ["reach"] },
      { metric: "custom:Link clicks", sum: ["linkClicks"] },
    ],
    notes: ["import.notes.adsReachSummed"],
  },
  {
    source: "ga4",
    channel: "website",
    itemKey: "import.items.days",
    countBy: "days",
    fields: {
      date: ["date", "dato"],
      group: [
        "session primary channel group (default channel group)",
        "session default channel group",
        "first user primary channel group (default channel group)",
        "primær kanalgruppe for økt (standard kanalgruppe)",
        "standard kanalgruppe for økt",
      ],
      sessions: ["sessions", "økter"],
      users: ["users", "total users", "active users", "brukere", "totalt antall brukere", "aktive brukere"],
      engaged: ["engaged sessions", "engasjerte økter"],
      rate: ["engagement rate", "engasjementsfrekvens"],
      keyEvents: ["key events", "nøkkelhendelser", "conversions", "konverteringer"],
    },
    required: ["date", "sessions"],
    date: "date",
    dateFormat: "ymdCompact",
    // organicSessions / paidKeyEvents are set per channel group in parse.ts.
    outputs: [
      { metric: "organic_visits", sum: ["organicSessions"] },
      { metric: "conversions", sum: ["paidKeyEvents"] },
      { metric: "custom:Sessions", sum: ["sessions"] },
      { metric: "custom:Users", sum: ["users"] },
      { metric: "custom:Engaged sessions", sum: ["engaged"] },
      { metric: "custom:Engagement rate", ratio: ["engaged", "sessions"], scale: 100 },
      { metric: "custom:Key events", sum: ["keyEvents"] },
    ],
    notes: ["import.notes.ga4ChannelGroups"],
  },
  {
    source: "googleAds",
    channel: "google_ads",
    itemKey: "import.items.adRows",
    countBy: "rows",
    fields: {
      day: ["day", "dag", "date", "dato"],
      campaign: ["campaign", "kampanje"],
      impressions: ["impr.", "impressions", "visn.", "visninger"],
      clicks: ["clicks", "klikk"],
      cost: ["cost", "kostnad"],
      conversions: ["conversions", "konverteringer", "konv."],
      currency: ["currency code", "currency", "valutakode", "valuta"],
    },
    required: ["day", "clicks", "cost"],
    date: "day",
    outputs: [
      { metric: "clicks", sum: ["clicks"] },
      { metric: "conversions", sum: ["conversions"] },
      { metric: "spend", sum: ["cost"] },
      { metric: "custom:Impressions", sum: ["impressions"] },
      { metric: "custom:CTR", ratio: ["clicks", "impressions"], scale: 100 },
      { metric: "cost_per_click", ratio: ["cost", "clicks"], scale: 1 },
      { metric: "cost_per_conversion", ratio: ["cost", "conversions"], scale: 1 },
    ],
  },
  {
    source: "mailchimp",
    channel: "email",
    itemKey: "import.items.campaigns",
    countBy: "rows",
    fields: {
      sent: ["send date", "sent date"],
      delivered: ["successful deliveries"],
      opens: ["unique opens"],
      clicks: ["unique clicks"],
      unsubscribes: ["unsubscribes"],
    },
    required: ["sent", "delivered", "opens"],
    date: "sent",
    dateFormat: "mdy",
    outputs: [
      { metric: "open_rate", ratio: ["opens", "delivered"], scale: 100 },
      { metric: "click_rate", ratio: ["clicks", "delivered"], scale: 100 },
      { metric: "custom:Deliveries", sum: ["delivered"] },
      { metric: "custom:Unique opens", sum: ["opens"] },
      { metric: "custom:Unique clicks", sum: ["clicks"] },
      { metric: "custom:Unsubscribes", sum: ["unsubscribes"] },
    ],
    notes: ["import.notes.campaignsBySendDay"],
  },
  {
    source: "linkedinFollowers",
    channel: "linkedin",
    itemKey: "import.items.days",
    countBy: "days",
    fields: { date: ["date", "dato"], total: ["total followers", "totalt antall følgere", "følgere totalt"] },
    required: ["date", "total"],
    date: "date",
    dateFormat: "mdy",
    outputs: [{ metric: "custom:New followers", sum: ["total"] }],
    notes: ["import.notes.linkedinNewFollowers"],
  },
  {
    source: "linkedinPage",
    channel: "linkedin",
    itemKey: "import.items.days",
    countBy: "days",
    fields: {
      date: ["date", "dato"],
      impressions: ["impressions (total)", "visninger (totalt)"],
      clicks: ["clicks (total)", "klikk (totalt)"],
      reactions: ["reactions (total)", "reaksjoner (totalt)"],
      comments: ["comments (total)", "kommentarer (totalt)"],
      reposts: ["reposts (total)", "shares (total)", "delinger (totalt)"],
      rate: ["engagement rate (total)", "engasjementsrate (totalt)"],
    },
    required: ["date", "impressions"],
    date: "date",
    dateFormat: "mdy",
    outputs: [
      { metric: "custom:Impressions", sum: ["impressions"] },
      { metric: "custom:Clicks", sum: ["clicks"] },
      { metric: "custom:Reactions", sum: ["reactions"] },
      { metric: "custom:Comments", sum: ["comments"] },
      { metric: "custom:Reposts", sum: ["reposts"] },
      // LinkedIn writes the rate as a fraction (0.0523): stored in percent points like every rate.
      { metric: "custom:Engagement rate", weighted: ["rate", "impressions"], scale: 100 },
    ],
  },
  {
    source: "youtube",
    channel: "youtube",
    itemKey: "import.items.days",
    countBy: "days",
    fields: {
      date: ["date", "dato"],
      views: ["views", "visninger"],
      watch: ["watch time (hours)", "visningstid (timer)"],
      subscribers: ["subscribers", "abonnenter"],
      impressions: ["impressions", "visninger av miniatyrbilder", "eksponeringer"],
      ctr: [
        "impressions click-through rate (%)",
        "klikkfrekvens for visninger av miniatyrbilder (%)",
        "klikkfrekvens for eksponeringer (%)",
      ],
    },
    required: ["date", "views", "watch"],
    date: "date",
    outputs: [
      { metric: "views", sum: ["views"] },
      { metric: "custom:Watch time (hours)", sum: ["watch"] },
      { metric: "custom:Net subscribers", sum: ["subscribers"] },
      { metric: "custom:Impressions", sum: ["impressions"] },
      { metric: "custom:Impressions CTR", weighted: ["ctr", "impressions"] },
    ],
  },
  {
    source: "shopify",
    channel: "sales",
    itemKey: "import.items.orders",
    countBy: "orders",
    fields: { name: ["name"], created: ["created at"], total: ["total"], currency: ["currency"], financial: ["financial status"] },
    required: ["name", "created", "total", "financial"],
    date: "created",
    outputs: [
      { metric: "orders", sum: ["orderCount"] },
      { metric: "revenue", sum: ["total"] },
    ],
    notes: ["import.notes.ordersOnce"],
  },
  {
    source: "metaPageDaily",
    channel: "facebook",
    itemKey: "import.items.days",
    countBy: "days",
    fields: {
      date: ["date", "dato"],
      reach: ["reach", "facebook reach", "facebook page reach", "rekkevidde", "facebook-rekkevidde"],
      follows: ["follows", "facebook follows", "new follows", "nye følgere", "følger"],
      visits: ["visits", "facebook visits", "page visits", "besøk", "facebook-besøk"],
      interactions: ["content interactions", "interactions", "innholdsinteraksjoner", "interaksjoner"],
      views: ["views", "facebook views", "instagram views", "visninger"],
      primary: ["primary", "primær"],
    },
    required: ["date"],
    anyOf: ["reach", "follows", "visits", "interactions", "views", "primary"],
    date: "date",
    outputs: [
      { metric: "reach", sum: ["reach"] },
      { metric: "custom:Follows", sum: ["follows"] },
      { metric: "custom:Visits", sum: ["visits"] },
      { metric: "engagement", sum: ["interactions"] },
      { metric: "custom:Views", sum: ["views"] },
    ],
  },
];

/**
 * Business Suite's one-metric exports (`sep=,`, a title line such as
 * "Instagram reach", then "Date","Primary") name the metric in the title:
 * the first entry whose word the title contains says which field "Primary" is.
 */
export const META_PRIMARY_TITLES: { words: string[]; field: string }[] = [
  { words: ["reach", "rekkevidde"], field: "reach" },
  { words: ["follow", "følge"], field: "follows" },
  { words: ["visit", "besøk"], field: "visits" },
  { words: ["interaction", "interaksjon"], field: "interactions" },
  { words: ["view", "visning"], field: "views" },
];
