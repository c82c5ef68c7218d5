import path from "node:path";
import { z } from "zod";
import { dataDir } from "@/lib/env";

/**
 * The mail settings, validated once with a clear message (listed in the
 * README). SMTP_URL set: mail goes out over SMTP. Unset: every mail is
 * written as an .eml file into MAALBAR_MAIL_DIR, for development and tests.
 */
const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const mailEnvSchema = z.object({
  SMTP_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^smtps?:\/\/[^/]/i, "SMTP_URL must look like smtp://user:password@host:587 (or smtps:// for TLS from the start)")
      .optional(),
  ),
  MAIL_FROM: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^(.*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'MAIL_FROM must be an address, e.g. "Målbar <varsler@example.no>"')
      .optional(),
  ),
  MAALBAR_MAIL_DIR: z.preprocess(blankIsUnset, z.string().optional()),
  APP_URL: z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^https?$/, error: "APP_URL must be the app's public address, e.g. https://maalbar.example.no" })
      .default("http://localhost:3000"),
  ),
});

export type MailConfig =
  { transport: "smtp"; smtpUrl: string; from: string; appUrl: string } | { transport: "folder"; dir: string; from: string; appUrl: string };

const DEV_FROM = "Målbar <ikke-svar@localhost>";

/** Reads and checks the mail settings from `source` (process.env by default). */
export function mailConfig(source: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = mailEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Målbar cannot send e-mail, the mail settings are invalid:\n${lines.join("\n")}`);
  }
  const { SMTP_URL, MAIL_FROM, MAALBAR_MAIL_DIR, APP_URL } = parsed.data;
  const appUrl = APP_URL.replace(/\/+$/, "");
  if (SMTP_URL) {
    // A real mail server rejects or spam-flags an invented sender; ask for one.
    if (!MAIL_FROM)
      throw new Error(
        'Målbar cannot send e-mail: SMTP_URL is set but MAIL_FROM is not. Set it to the sender, e.g. MAIL_FROM="Målbar <varsler@example.no>".',
      );
    return { transport: "smtp", smtpUrl: SMTP_URL, from: MAIL_FROM, appUrl };
  }
  // A folder chosen at run time: not something to trace into the build (the whole project would be).
  const dir = path.resolve(/*turbopackIgnore: true*/ MAALBAR_MAIL_DIR ?? path.join(dataDir(), "mail"));
  return { transport: "folder", dir, from: MAIL_FROM ?? DEV_FROM, appUrl };
}
