import type { AuditEntry } from "@/lib/data/audit";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import { CONFIDENCE_LEVELS } from "@/lib/domain/confidence";
import { GOAL_STATUSES } from "@/lib/domain/goal-types";
import { SNAPSHOT_SOURCES } from "@/lib/domain/measurements";
import { ROLES } from "@/lib/domain/permissions";
import { REVIEW_CADENCES } from "@/lib/domain/review-cadence";
import { ASSESSMENTS, DECISIONS } from "@/lib/domain/review-decisions";
import { formatDate, formatShare } from "@/lib/format";
import { localized } from "@/lib/i18n/locales";

/**
 * One audit event as a sentence in the reader's language: who did what to
 * what ("Kari Nordmann endret rollen til Ola Hansen fra ansatt til
 * markedsansvarlig"). The words are the catalogs' audit.* messages.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Actions with their own sentence in audit.actions.*; any other is told plainly. */
export const DESCRIBED_ACTIONS = new Set([
  "auth.login",
  "auth.login_failed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "organization.created",
  "organization.exported",
  "invitation.created",
  "invitation.accepted",
  "invitation.revoked",
  "invitation.resent",
  "member.role_changed",
  "member.removed",
  "api_token.created",
  "api_token.revoked",
  "goal.created",
  "goal.updated",
  "goal.status_changed",
  "goal.path_set",
  "goal.deleted",
  "objective.created",
  "objective.updated",
  "objective.archived",
  "objective.restored",
  "benchmark.updated",
  "benchmark.reset",
  "channel.created",
  "channel.renamed",
  "channel.archived",
  "channel.restored",
  "measurements.recorded",
  "measurements.corrected",
  "measurements.deleted",
  "measurements.imported",
  "measurements.import_undone",
  "review.scheduled",
  "review.started",
  "review.cancelled",
  "review.closed",
  "review.cadence_changed",
  "review.decided",
  "review.note_added",
  "review.action_added",
  "review.action_done",
  "review.action_reopened",
  "review.budget_moved",
  "confidence.recorded",
  "chart_note.created",
  "chart_note.updated",
  "chart_note.deleted",
]);

type WordGroup = "role" | "goalStatus" | "cadence" | "assessment" | "decision" | "source" | "confidence";
const WORDS: Record<WordGroup, readonly string[]> = {
  role: ROLES,
  goalStatus: GOAL_STATUSES,
  cadence: REVIEW_CADENCES,
  assessment: ASSESSMENTS,
  decision: DECISIONS,
  source: SNAPSHOT_SOURCES,
  confidence: CONFIDENCE_LEVELS,
};

const str = (v: unknown): string | null => (typeof v === "string" && v ? v : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** Looks up channel and metric names in the reader's language. */
export function seriesNamer(catalog: CatalogChannel[], locale: string) {
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  return {
    channel: (id: string | null) => {
      const c = catalog.find((x) => x.id === id);
      return c ? name(c) : null;
    },
    series: (channelId: string | null, metricId: string | null) => {
      const c = catalog.find((x) => x.id === channelId);
      const m = c?.metrics.find((x) => x.id === metricId);
      return c && m ? `${name(c)} · ${name(m)}` : null;
    },
  };
}

export function describeEvent(t: Translate, locale: string, e: AuditEntry, names: ReturnType<typeof seriesNamer>): string {
  const d = e.data;
  const actor = e.actorName ?? t("someone");
  // A deleted goal or cancelled meeting keeps its title in the event.
  const target = e.targetName ?? str(d.title) ?? t("removed");
  // Values from stored events go through a list before they pick a message: an old or odd value reads "unknown".
  const word = (group: WordGroup, value: unknown) =>
    WORDS[group].includes(String(value)) ? t(`${group}.${String(value)}`) : t("unknownValue");
  const role = (r: unknown) => word("role", r);
  const values: Record<string, string | number> = { actor, target };
  switch (e.action) {
    case "auth.login":
      values.method = str(d.method) === "password" ? t("method.password") : (str(d.method) ?? t("unknownValue"));
      break;
    case "auth.login_failed":
    case "auth.password_reset_requested":
      values.ip = str(d.ip) && d.ip !== "unknown" ? String(d.ip) : t("unknownAddress");
      break;
    case "invitation.created":
    case "invitation.accepted":
    case "invitation.revoked":
    case "invitation.resent":
      values.target = e.targetName ?? t("anyoneWithLink");
      values.role = role(d.role ?? e.targetRole);
      break;
    case "member.role_changed":
      values.from = role(d.from);
      values.to = role(d.to);
      break;
    case "api_token.created":
    case "api_token.revoked":
      values.name = str(d.name) ?? t("unknownValue");
      break;
    case "goal.created":
      values.status = str(d.status) === "active" ? "active" : "draft";
      break;
    case "goal.status_changed":
      values.from = word("goalStatus", d.from);
      values.to = word("goalStatus", d.to);
      break;
    case "goal.path_set":
      values.to = str(d.to) ?? "linear";
      break;
    case "benchmark.updated":
    case "benchmark.reset":
      values.channel = names.channel(e.targetId) ?? t("unknownValue");
      values.to = typeof d.to === "number" ? formatShare(locale, d.to / 100) : t("unknownValue");
      break;
    case "channel.created":
      values.metrics = num(d.metrics);
      break;
    case "channel.renamed":
      values.from = str(d.from) ?? t("unknownValue");
      break;
    case "measurements.recorded":
    case "measurements.corrected":
    case "measurements.deleted":
    case "measurements.imported":
      return measurementSentence(t, locale, e, names, actor);
    case "measurements.import_undone":
      values.restored = num(d.restored);
      values.removed = num(d.removed);
      break;
    case "review.scheduled":
      values.date = str(d.scheduledFor) ? formatDate(locale, String(d.scheduledFor)) : t("unknownValue");
      break;
    case "review.closed":
      values.goals = num(d.goals);
      break;
    case "review.cadence_changed":
      values.cadence = word("cadence", d.cadence);
      break;
    case "review.decided":
      values.assessment = word("assessment", d.assessment);
      values.decision = word("decision", d.decision);
      break;
    case "confidence.recorded":
      values.level = word("confidence", d.level);
      break;
    case "chart_note.created":
    case "chart_note.updated":
    case "chart_note.deleted":
      // The note's words are kept in the event: a deleted note still reads.
      values.body = str(d.body) ?? t("unknownValue");
      values.channel = names.channel(str(d.channelId)) ?? t("unknownValue");
      break;
    default:
      if (!DESCRIBED_ACTIONS.has(e.action)) return t("actions.unknown", { actor, action: e.action });
  }
  return t(`actions.${e.action}`, values);
}

function measurementSentence(t: Translate, locale: string, e: AuditEntry, names: ReturnType<typeof seriesNamer>, actor: string): string {
  const d = e.data;
  const counts = { actor, created: num(d.created), corrected: num(d.corrected), unchanged: num(d.unchanged), rows: num(d.rows) };
  const source = WORDS.source.includes(String(d.source)) ? t(`source.${String(d.source)}`) : t("unknownValue");
  if (e.action === "measurements.imported") return t("actions.measurements.imported", counts);
  const key =
    e.action === "measurements.deleted"
      ? "deleted"
      : e.action === "measurements.corrected"
        ? "corrected"
        : counts.corrected
          ? "recordedAndCorrected"
          : "recorded";
  const sentence = t(`actions.measurements.${key}`, { ...counts, source });
  const series = names.series(str(d.channelId), str(d.metricId));
  if (!series) return sentence;
  const [from, to] = [str(d.from), str(d.to)];
  const dates = from && to ? (from === to ? formatDate(locale, from) : `${formatDate(locale, from)}–${formatDate(locale, to)}`) : "";
  return `${sentence} ${t("inSeries", { series, dates })}`;
}
