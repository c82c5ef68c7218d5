/**
 * A big CSV import in a process of its own, for the test that kills it while
 * it writes (lib/data/csv/csv-import-kill.int.test.ts). It goes through the real
 * commit path (commitImport) and prints {"progress":rows} after every batch
 * written inside the import's transaction, then {"done":…} if it gets there.
 *
 *   node --import tsx test/csv-import-child.ts <orgId> <userId> <channelKey> <metricKeysJson> <rows> <today>
 */
import { Readable } from "node:stream";

const [orgId, userId, channel, metricsJson, rowsText, today] = process.argv.slice(2);
const metrics = JSON.parse(metricsJson!) as string[];
const rows = Number(rowsText);

function* file(): Generator<string> {
  yield "dato;kanal;måltall;verdi\n";
  const end = Date.parse(today!);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const d = new Date(end - (1 + Math.floor(i / metrics.length)) * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
    chunk += `${date};${channel};${metrics[i % metrics.length]};${i}\n`;
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}

async function main(): Promise<void> {
  const { commitImport } = await import("@/lib/data/csv");
  const { closeDb } = await import("@/db/client");
  const result = await commitImport({ orgId: orgId!, userId: userId!, role: "member" }, Readable.from(file()), today!, (written) =>
    process.stdout.write(`${JSON.stringify({ progress: written })}\n`),
  );
  process.stdout.write(`${JSON.stringify({ done: result })}\n`);
  await closeDb();
}

void main();
