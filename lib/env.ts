import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { isSingleTenantEntraIssuer } from "@/lib/domain/oauth-linking";

/**
 * The environment, validated once. Every variable is listed in the README.
 * Values are read lazily so that `next build` never needs a database or secret.
 */
const envFields = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAALBAR_DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z
    .string()
    .min(32, "AUTH_SECRET must be at least 32 characters")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Unset: "warn" under tests, "info" otherwise (see logLevel). */
  LOG_LEVEL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .enum(
        ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
        "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
      )
      .optional(),
  ),
  /** Connections per instance to PostgreSQL (postgres.js pool). */
  DATABASE_POOL_SIZE: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number("DATABASE_POOL_SIZE must be a whole number from 1 to 100")
      .int("DATABASE_POOL_SIZE must be a whole number from 1 to 100")
      .min(1, "DATABASE_POOL_SIZE must be a whole number from 1 to 100")
      .max(100, "DATABASE_POOL_SIZE must be a whole number from 1 to 100")
      .default(10),
  ),
  /** Set to "1" (exactly) by the benchmark harness on its own server only; see app/api/health/bench-gate.ts. */
  MAALBAR_BENCH: z.string().optional(),
  /** Reverse proxies in front that append to X-Forwarded-For; the client's address is that many entries from the right. */
  MAALBAR_PROXY_HOPS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number()
      .int()
      .min(1, "MAALBAR_PROXY_HOPS must be a whole number from 1 to 10")
      .max(10, "MAALBAR_PROXY_HOPS must be a whole number from 1 to 10")
      .default(1),
  ),
  /** Sign-ups (and "send the link again" requests) allowed per client address per hour. */
  MAALBAR_SIGNUPS_PER_HOUR: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number()
      .int()
      .min(1, "MAALBAR_SIGNUPS_PER_HOUR must be a whole number from 1 to 100000")
      .max(100_000, "MAALBAR_SIGNUPS_PER_HOUR must be a whole number from 1 to 100000")
      .default(10),
  ),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().optional(),
  /** "1" accepts Entra's multi-tenant issuers (/common/ …); only for apps that really serve other tenants. */
  AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT: z
    .enum(["", "0", "1"], "AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT must be 1 or 0")
    .optional(),
});

const envSchema = envFields.superRefine((e, ctx) => {
  // nOAuth: a multi-tenant issuer accepts tokens from any tenant, whose admins can set any e-mail.
  if (
    e.AUTH_MICROSOFT_ENTRA_ID_ID &&
    e.AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT !== "1" &&
    !isSingleTenantEntraIssuer(e.AUTH_MICROSOFT_ENTRA_ID_ISSUER)
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["AUTH_MICROSOFT_ENTRA_ID_ISSUER"],
      message:
        "Microsoft Entra sign-in needs your tenant's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 (not /common/, /organizations/ or /consumers/). To accept every tenant on purpose, set AUTH_MICROSOFT_ENTRA_ID_ALLOW_MULTI_TENANT=1.",
    });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

function parseOrExplain<T>(schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Målbar cannot start, the environment is invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseOrExplain(envSchema);
  return cached;
}

type LogLevel = NonNullable<Env["LOG_LEVEL"]>;

/**
 * The logger's level. Read on its own (not through env()) because lib/log is
 * imported at module load, where a wrong variable elsewhere must not stop the
 * logger from existing: env() still names that one when it is first read.
 */
export function logLevel(): LogLevel {
  const { LOG_LEVEL, NODE_ENV } = parseOrExplain(envFields.pick({ LOG_LEVEL: true, NODE_ENV: true }));
  return LOG_LEVEL ?? (NODE_ENV === "test" ? "warn" : "info");
}

export function dataDir(): string {
  return path.resolve(env().MAALBAR_DATA_DIR);
}

/**
 * AUTH_SECRET from the environment; outside production a secret is generated
 * once into the data folder so `npm run demo` needs no `.env`.
 */
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (env().NODE_ENV === "production") {
    throw new Error(
      "Målbar cannot start: AUTH_SECRET is required in production. Generate one with `openssl rand -base64 33` and set it in the environment.",
    );
  }
  const file = path.join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(33).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
