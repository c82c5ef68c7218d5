import pino from "pino";
import { logLevel } from "@/lib/env";

/** Structured JSON logs on stdout, one object per line. */
export const log = pino({
  level: logLevel(),
  base: { service: "maalbar" },
  timestamp: pino.stdTimeFunctions.isoTime,
});
