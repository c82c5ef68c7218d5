import { mailConfig } from "./config";
import { createMailer, type MailMessage } from "./mailer";

/** The public address of a path inside the app, for links in e-mails (APP_URL). */
export function appLink(path: string): string {
  return `${mailConfig().appUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * Sends one transactional mail (verification, password reset, invitation,
 * attack warning) through the configured mailer: SMTP, or an .eml file in
 * development and tests. Rejects when it could not be handed over.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const mailer = createMailer();
  try {
    await mailer.send(message);
  } finally {
    mailer.close();
  }
}
