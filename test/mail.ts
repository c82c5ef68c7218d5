import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A mail as the folder mailer wrote it (lib/mail/mailer.ts), decoded for assertions. */
export type Mail = { to: string; subject: string; text: string };

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

export function parseEml(raw: string): Mail {
  const split = raw.indexOf("\n\n");
  const head = raw.slice(0, split).replace(/\n[ \t]+/g, " ");
  const body = raw.slice(split + 2);
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1] ?? "";
  const words = (v: string) =>
    v.replace(/\?=\s+=\?/g, "?==?").replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : qp(text, true),
    );
  const cte = header("Content-Transfer-Encoding").toLowerCase();
  const text = cte === "quoted-printable" ? qp(body.replace(/=\n/g, ""), false) : cte === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { to: header("To"), subject: words(header("Subject")), text };
}

/** Every .eml in `dir` addressed to `to`. */
export function mailsIn(dir: string, to: string): Mail[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => parseEml(readFileSync(path.join(dir, f), "utf8")))
    .filter((m) => m.to === to);
}
