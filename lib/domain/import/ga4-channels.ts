/**
 * GA4's default channel groups (English and the Norwegian UI's names) and the
 * Målbar channel each is proposed as; the person confirms before anything is
 * written. Groups not listed fall to "website".
 */
/** GA4 default channel groups → Målbar channel; Organic Search sessions are the website's organic visits. */
export const GA4_CHANNEL_GROUPS: Record<string, string> = {
  "organic search": "website",
  "organisk søk": "website",
  direct: "website",
  direkte: "website",
  referral: "website",
  henvisning: "website",
  unassigned: "website",
  "ikke tilordnet": "website",
  "organic shopping": "website",
  "organic social": "facebook",
  "organisk sosial": "facebook",
  "paid social": "facebook",
  "betalt sosial": "facebook",
  email: "email",
  "e-post": "email",
  "paid search": "google_ads",
  "betalt søk": "google_ads",
  "paid shopping": "google_ads",
  "organic video": "youtube",
  "organisk video": "youtube",
};
