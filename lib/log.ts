import pino from "pino";

/** Structured JSON logs on stdout, one object per line. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "maalbar" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
