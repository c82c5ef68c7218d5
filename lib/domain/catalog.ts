import type { Direction, Unit } from "./goal-types";
import type { Derivation } from "./money";

/**
 * The channel catalogue, its metrics and the benchmark table of the source
 * article ("Hva er effektive markedsføringsmål små bedrifter bør sette…").
 * The article's table lost some channel names; those inferred are marked
 * `inferred` and say so in their source text.
 */
export type CatalogUnit = Unit;
export type CatalogDirection = Direction;

export type CatalogMetric = {
  key: string;
  nb: string;
  en: string;
  unit: CatalogUnit;
  direction?: CatalogDirection;
  main?: boolean;
  /** How its values combine over a period (lib/domain/series.ts): counted things are totals, states levels, ratios rates. */
  kind: "level" | "total" | "rate";
  /** Counted as the channel's result (cost per result) unless the organization chooses others. */
  result?: boolean;
  /** Computed per period from the channel's spend, results and revenue (lib/domain/money.ts), never recorded. */
  derivation?: Derivation;
};

/**
 * What every channel that costs money carries (issue 17): its spend and the
 * revenue attributed to it (totals, NOK), and the figures a goal can target,
 * computed from them per period.
 */
const MONEY_METRICS: CatalogMetric[] = [
  { key: "spend", nb: "Kostnad", en: "Spend", unit: "nok", kind: "total" },
  { key: "revenue", nb: "Omsetning fra kanalen", en: "Revenue from the channel", unit: "nok", kind: "total" },
  {
    key: "cost_per_result",
    nb: "Kostnad per resultat",
    en: "Cost per result",
    unit: "nok",
    direction: "decrease",
    kind: "rate",
    derivation: "cost_per_result",
  },
  { key: "roas", nb: "ROAS (omsetning per krone)", en: "ROAS (revenue per krone)", unit: "ratio", kind: "rate", derivation: "roas" },
  { key: "roi", nb: "ROI (avkastning)", en: "ROI (return)", unit: "percent", kind: "rate", derivation: "roi" },
];
const withMoney = (metrics: CatalogMetric[]): CatalogMetric[] => [...metrics, ...MONEY_METRICS];

export type CatalogChannel = {
  key: string;
  nb: string;
  en: string;
  metrics: CatalogMetric[];
  benchmark?: { upliftPct: number; nb: string; en: string; inferred?: boolean };
};

export const CHANNEL_CATALOG: CatalogChannel[] = [
  {
    key: "facebook",
    nb: "Facebook",
    en: "Facebook",
    benchmark: { upliftPct: 15, nb: "Flere følgere og mer engasjement", en: "More followers and engagement", inferred: true },
    metrics: withMoney([
      { key: "followers", nb: "Følgere", en: "Followers", unit: "count", main: true, kind: "level" },
      { key: "engagement", nb: "Klikk og kommentarer", en: "Clicks and comments", unit: "count", kind: "total" },
      { key: "reach", nb: "Rekkevidde", en: "Reach", unit: "count", kind: "total" },
      { key: "leads", nb: "Henvendelser (leads)", en: "Leads", unit: "count", kind: "total", result: true },
    ]),
  },
  {
    key: "instagram",
    nb: "Instagram",
    en: "Instagram",
    benchmark: { upliftPct: 10, nb: "Flere kjøp via Instagram Shopping", en: "More purchases via Instagram Shopping", inferred: true },
    metrics: withMoney([
      { key: "followers", nb: "Følgere", en: "Followers", unit: "count", main: true, kind: "level" },
      {
        key: "shopping_purchases",
        nb: "Kjøp via Instagram Shopping",
        en: "Instagram Shopping purchases",
        unit: "count",
        kind: "total",
        result: true,
      },
      { key: "engagement", nb: "Engasjement", en: "Engagement", unit: "count", kind: "total" },
    ]),
  },
  {
    key: "google_ads",
    nb: "Google Ads",
    en: "Google Ads",
    benchmark: { upliftPct: 25, nb: "Flere klikk og konverteringer", en: "More clicks and conversions" },
    metrics: withMoney([
      { key: "clicks", nb: "Klikk", en: "Clicks", unit: "count", main: true, kind: "total" },
      { key: "conversions", nb: "Konverteringer", en: "Conversions", unit: "count", kind: "total", result: true },
      { key: "cost_per_click", nb: "Kostnad per klikk", en: "Cost per click", unit: "nok", direction: "decrease", kind: "rate" },
      {
        key: "cost_per_conversion",
        nb: "Kostnad per konvertering",
        en: "Cost per conversion",
        unit: "nok",
        direction: "decrease",
        kind: "rate",
      },
    ]),
  },
  {
    key: "email",
    nb: "E-postmarkedsføring",
    en: "E-mail marketing",
    benchmark: { upliftPct: 30, nb: "Høyere åpnings- og klikkrate", en: "Higher open and click rates" },
    metrics: withMoney([
      { key: "open_rate", nb: "Åpningsrate", en: "Open rate", unit: "percent", main: true, kind: "rate" },
      { key: "click_rate", nb: "Klikkrate", en: "Click rate", unit: "percent", kind: "rate" },
      { key: "subscribers", nb: "Abonnenter", en: "Subscribers", unit: "count", kind: "level" },
      { key: "orders", nb: "Bestillinger fra e-post", en: "Orders from e-mail", unit: "count", kind: "total", result: true },
    ]),
  },
  {
    key: "linkedin",
    nb: "LinkedIn",
    en: "LinkedIn",
    benchmark: { upliftPct: 20, nb: "Bedre B2B-leadgenerering", en: "Better B2B lead generation", inferred: true },
    metrics: withMoney([
      { key: "qualified_leads", nb: "Kvalifiserte leads", en: "Qualified leads", unit: "count", main: true, kind: "total", result: true },
      { key: "followers", nb: "Følgere", en: "Followers", unit: "count", kind: "level" },
    ]),
  },
  {
    key: "google_business",
    nb: "Google Bedriftsprofil",
    en: "Google Business Profile",
    benchmark: { upliftPct: 18, nb: "Flere besøk i fysisk butikk", en: "More visits to the physical store" },
    metrics: withMoney([
      { key: "store_visits", nb: "Besøk i butikken", en: "Store visits", unit: "count", main: true, kind: "total", result: true },
      { key: "reviews", nb: "Anmeldelser", en: "Reviews", unit: "count", kind: "level" },
      { key: "rating", nb: "Snittkarakter", en: "Average rating", unit: "ratio", kind: "level" },
    ]),
  },
  {
    key: "youtube",
    nb: "YouTube",
    en: "YouTube",
    benchmark: { upliftPct: 12, nb: "Flere visninger og abonnenter", en: "More views and subscribers" },
    metrics: withMoney([
      { key: "views", nb: "Visninger", en: "Views", unit: "count", main: true, kind: "total", result: true },
      { key: "subscribers", nb: "Abonnenter", en: "Subscribers", unit: "count", kind: "level" },
    ]),
  },
  {
    key: "website",
    nb: "Nettside / blogg",
    en: "Website / blog",
    benchmark: { upliftPct: 22, nb: "Mer organisk trafikk", en: "More organic traffic" },
    metrics: withMoney([
      { key: "organic_visits", nb: "Organiske besøk", en: "Organic visits", unit: "count", main: true, kind: "total" },
      { key: "views_per_post", nb: "Visninger per innlegg", en: "Views per post", unit: "count", kind: "rate" },
      { key: "conversion_rate", nb: "Konverteringsrate", en: "Conversion rate", unit: "percent", kind: "rate" },
      { key: "sign_ups", nb: "Påmeldinger", en: "Sign-ups", unit: "count", kind: "total", result: true },
    ]),
  },
  {
    key: "influencer",
    nb: "Influencermarkedsføring",
    en: "Influencer marketing",
    benchmark: { upliftPct: 17, nb: "Økt merkevarekjennskap", en: "Brand awareness" },
    metrics: withMoney([{ key: "views", nb: "Visninger", en: "Views", unit: "count", main: true, kind: "total", result: true }]),
  },
  {
    key: "x",
    nb: "X / Twitter",
    en: "X / Twitter",
    benchmark: {
      upliftPct: 8,
      nb: "Engasjement hos et teknologiinteressert publikum",
      en: "Engagement with a tech audience",
      inferred: true,
    },
    metrics: withMoney([
      { key: "engagement", nb: "Engasjement", en: "Engagement", unit: "count", main: true, kind: "total", result: true },
      { key: "followers", nb: "Følgere", en: "Followers", unit: "count", kind: "level" },
    ]),
  },
  {
    // Not a marketing channel of the article's table but where the business
    // results it names are measured: orders, churn, regular customers.
    key: "sales",
    nb: "Salg og kunder",
    en: "Sales and customers",
    metrics: [
      { key: "orders", nb: "Bestillinger", en: "Orders", unit: "count", main: true, kind: "total" },
      { key: "regular_customers", nb: "Faste kunder", en: "Regular customers", unit: "count", kind: "level" },
      { key: "churn_rate", nb: "Kundefrafall", en: "Customer churn", unit: "percent", direction: "decrease", kind: "rate" },
      { key: "satisfaction", nb: "Kundetilfredshet", en: "Customer satisfaction", unit: "ratio", kind: "level" },
      { key: "revenue", nb: "Omsetning", en: "Revenue", unit: "nok", kind: "total" },
    ],
  },
];
