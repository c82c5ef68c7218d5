// Reads back the .eml files the folder mailer writes (SMTP_URL unset), for the
// integration tests and the e2e specs alike: only node built-ins, no "@/" imports.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Mail = { file: string; to: string; subject: string; text: string };

function qp(s: string, underscoreIsSpace: boolean): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (underscoreIsSpace && s[i] === "_") bytes.push(32);
    else bytes.push(...Buffer.from(s[i]!));
  }
  return Buffer.from(bytes).toString("utf8");
}

export function parseEml(raw: string, file = ""): Mail {
  const split = raw.indexOf("\n\n");
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, " ");
  const body = raw.slice(split + 2);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1] ?? "";
  const words = (v: string) =>
    v
      .replace(/\?=\s+=\?/g, "?==?")
      .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, enc: string, text: string) =>
        enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : qp(text, true),
      );
  const cte = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    cte === "quoted-printable"
      ? qp(body.replace(/=\n/g, ""), false)
      : cte === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return { file, to: header("To").trim().toLowerCase(), subject: words(header("Subject")), text };
}

/** Every mail to `address` in the folder, oldest first (the files' names start with the time). */
export function mailsTo(dir: string, address: string): Mail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => parseEml(readFileSync(path.join(dir, f), "utf8"), f))
    .filter((m) => m.to === address.trim().toLowerCase());
}

/** The first http(s) link in a mail's text. */
export function linkIn(mail: Mail): string {
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no link in the mail "${mail.subject}"`);
  return link;
}
