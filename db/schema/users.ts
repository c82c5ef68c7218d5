import { bigserial, boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
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
  createdAt: createdAt(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every login attempt, used to throttle per account and per IP across instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
