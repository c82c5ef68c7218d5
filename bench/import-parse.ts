/**
 * Parse-only timing of the platform presets: one year of daily data from
 * five sources (GA4, Google Ads, Meta Ads, Mailchimp, Shopify), ≈ 21 500
 * rows, through readRows and parseImport. Printed, not asserted; run by
 * `npm run bench:csv` before the database part (BENCH_PARSE_ONLY=1 stops there).
 */
import { parseImport, readRows } from "@/lib/domain/import";

/**
 * The five files, as their platforms write them (shapes as in test/fixtures/imports):
 * `days` consecutive days from `first` (yyyy-mm-dd); one year from 1 January 2025 by default.
 * `perDay` multiplies the rows of each day without adding days or values: GA4's channel-group
 * rows and Mailchimp's campaigns repeated, Google Ads and Meta Ads campaigns, Shopify line items.
 */
export function fiveSources(days = 365, first = "2025-01-01", perDay = 1): { name: string; text: string }[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const lines = (header: string, rows: (i: number) => string[]) =>
    [header, ...Array.from({ length: days }, (_, i) => rows(i)).flat()].join("\n");
  const groups = ["Organic Search", "Direct", "Referral", "Organic Social", "Email", "Paid Search", "Paid Social", "Unassigned"];
  const ga4 = `# Start date: ${day(0).replaceAll("-", "")}\n# End date: ${day(days - 1).replaceAll("-", "")}\n${lines(
    "Session primary channel group (Default channel group),Date,Sessions,Engaged sessions,Engagement rate,Key events,Total users",
    (i) =>
      Array.from({ length: perDay }, () => groups)
        .flat()
        .map((g, k) => `${g},${day(i).replaceAll("-", "")},${100 + k + (i % 50)},${50 + k},0.5,${k % 3},${90 + k}`),
  )}`;
  const googleAds = `Campaign report\n${lines("Day,Campaign,Currency code,Impr.,Clicks,CTR,Avg. CPC,Cost,Conversions,Cost / conv.", (i) =>
    Array.from(
      { length: 20 * perDay },
      (_, k) =>
        `${day(i)},Kampanje ${k},NOK,"1,${String(100 + k).padStart(3, "0")}",${30 + k},3.00%,4.10,${(123.45 + k).toFixed(2)},${k % 4}.00,0`,
    ),
  )}`;
  const metaAds = lines("Reporting starts,Reporting ends,Day,Campaign name,Results,Amount spent (NOK),Impressions,Reach,Link clicks", (i) =>
    Array.from(
      { length: 15 * perDay },
      (_, k) => `${day(0)},${day(days - 1)},${day(i)},Kampanje ${k},${10 + k},${(99.5 + k).toFixed(2)},${5000 + k},${4000 + k},${10 + k}`,
    ),
  );
  const mailchimp = lines("Title,Send Date,Successful Deliveries,Unique Opens,Open Rate,Unique Clicks,Click Rate,Unsubscribes", (i) => {
    const [y, m, d] = day(i).split("-");
    const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1];
    return Array.from({ length: perDay }, (_, k) => `Brev ${i}-${k},"${month} ${d}, ${y} 09:00 AM",1000,250,25.00%,50,5.00%,2`);
  });
  let order = 1000;
  const shopify = lines("Name,Email,Financial Status,Currency,Total,Created at,Lineitem name", (i) =>
    Array.from({ length: 10 }, () => {
      order++;
      const first = `#${order},a@example.no,paid,NOK,249.00,${day(i)} 10:00:00 +0100,Bolle`;
      const more = Array.from({ length: perDay * (1 + (order % 2)) - 1 }, () => `#${order},a@example.no,,,,${day(i)} 10:00:00 +0100,Kaffe`);
      return [first, ...more];
    }).flat(),
  );
  return [
    { name: "ga4.csv", text: ga4 },
    { name: "google-ads.csv", text: googleAds },
    { name: "meta-ads.csv", text: metaAds },
    { name: "mailchimp.csv", text: mailchimp },
    { name: "shopify.csv", text: shopify },
  ];
}

export async function benchImportParse(): Promise<void> {
  const files = fiveSources().map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text), rows: f.text.split("\n").length }));
  let rows = 0;
  let points = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const f of files) {
    const parsed = parseImport(await readRows(f.bytes, f.name), f.name);
    if (parsed.problems.length) throw new Error(`${f.name}: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
    rows += f.rows;
    points += parsed.points.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU seconds too: on a shared machine the wall clock mostly measures the neighbours.
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `import presets, parse only: ${files.length} files, ${rows.toLocaleString("en")} rows → ${points.toLocaleString("en")} points in ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU)`,
  );
}
