import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { singleLine } from "@/lib/domain/mail-text";
import { log } from "@/lib/log";
import { type MailConfig, mailConfig } from "./config";

/** `subject` is sent as one line whatever it holds (no header can be added through it). */
export type MailMessage = { to: string; subject: string; text: string };

/** Sends one mail; rejects when it could not be handed over. */
export type Mailer = {
  readonly kind: MailConfig["transport"];
  send(message: MailMessage): Promise<void>;
  close(): void;
};

/**
 * nodemailer waits up to 2 minutes to connect and 10 on a silent socket; the
 * reminder job sends inside a transaction, so it gives up sooner. Options in
 * the URL's query (?connectionTimeout=60000) still win.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, ms] of Object.entries(SMTP_TIMEOUTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
  }
  return url.toString();
}

/** A failure of the connection to the mail server, not of one message: sending more now is pointless. */
export function isMailServerUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ECONNECTION" || code === "ETIMEDOUT" || code === "ESOCKET" || code === "EDNS";
}

function smtpMailer(config: Extract<MailConfig, { transport: "smtp" }>): Mailer {
  const transport = nodemailer.createTransport(withTimeouts(config.smtpUrl));
  return {
    kind: "smtp",
    async send(message) {
      await transport.sendMail({ from: config.from, ...message, subject: singleLine(message.subject) });
    },
    close: () => transport.close(),
  };
}

/**
 * Development and tests: each mail becomes an .eml file (open it in any mail
 * program) in the folder, and one log line says where it went.
 */
function folderMailer(config: Extract<MailConfig, { transport: "folder" }>): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "folder",
    async send(message) {
      const info = await transport.sendMail({ from: config.from, ...message, subject: singleLine(message.subject) });
      await mkdir(config.dir, { recursive: true });
      const file = path.join(config.dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, info.message as Buffer);
      log.info({ to: message.to, subject: message.subject, file }, "mail written to folder (SMTP_URL is not set)");
    },
    close: () => transport.close(),
  };
}

/** The mailer the settings ask for: SMTP when SMTP_URL is set, else the folder. */
export function createMailer(config: MailConfig = mailConfig()): Mailer {
  if (config.transport === "smtp") return smtpMailer(config);
  if (process.env.NODE_ENV === "production") {
    log.warn({ dir: config.dir }, "SMTP_URL is not set: e-mails are written to a folder, not sent");
  }
  return folderMailer(config);
}
