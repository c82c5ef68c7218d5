import { bigserial, boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./common";

export const users = pgTable("users", {
  id: id(),
  /** Always stored lower-cased and trimmed. */
  email: text().notNull().unique(),
  name: text().notNull(),
  /** argon2id hash; null for people who only sign in through OAuth. */
  passwordHash: text(),
  /** The person's chosen language ("nb" | "en"); null = follow the browser. */
  locale: text(),
  /** Bumped when a password changes or a session must end; tokens carry it. */
  sessionVersion: integer().notNull().default(1),
  emailReminders: boolean().notNull().default(true),
  /** When the person proved they read mail at `email`; null = not yet (cannot log in with a password). */
  emailVerifiedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every login attempt, used to throttle per account and address (or device) across instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    /** The recognised browser (device cookie) the attempt came from; null for any other. */
    device: text(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt)],
);

/** What an e-mail-sending request was: a sign-up, a request to resend the verification link, or a forgotten password. */
export const mailRequestKinds = ["signUp", "resendVerification", "resetPassword"] as const;
export type MailRequestKind = (typeof mailRequestKinds)[number];

/**
 * Requests that make Målbar send a mail to an address someone typed in,
 * counted per client address and per target address to throttle them.
 */
export const mailRequests = pgTable(
  "mail_requests",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: text({ enum: mailRequestKinds }).notNull(),
    email: text().notNull(),
    ip: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.ip, t.createdAt), index().on(t.email, t.createdAt)],
);

/** What a one-time link sent by e-mail is for. */
export const oneTimeTokenPurposes = ["verifyEmail", "resetPassword", "unblockLogin"] as const;
export type OneTimeTokenPurpose = (typeof oneTimeTokenPurposes)[number];

/**
 * Links sent by e-mail (verify an address, reset a password, unblock a login):
 * only the SHA-256 of the random token is stored; a link works once, until it expires.
 */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text({ enum: oneTimeTokenPurposes }).notNull(),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.purpose), index().on(t.expiresAt)],
);

/**
 * One signed-in browser: the session cookie names its id, and every request
 * reads it. Logging out sets revoked_at; a session past expires_at (absolute)
 * or unseen for the idle timeout (lib/domain/session-lifetime.ts) counts as
 * signed out too.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Moved on at most every few minutes, not on every request. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type NewUser = typeof users.$inferInsert;
