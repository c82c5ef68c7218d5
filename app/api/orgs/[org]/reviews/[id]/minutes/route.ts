import { createTranslator } from "next-intl";
import { orgRoute } from "@/lib/auth/route";
import { meetingMinutes } from "@/lib/data/reviews";
import { minutesMarkdown } from "@/lib/domain/minutes-markdown";
import { slugify } from "@/lib/domain/slug";
import { NotFoundError } from "@/lib/errors";
import type { Unit } from "@/lib/domain/goal-types";
import { minutesFormat, todayIn } from "@/lib/format";
import { verdictSentence } from "@/lib/verdict-sentence";
import { localeOfRequest } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/ids";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

export const dynamic = "force-dynamic";

/**
 * GET a review meeting's minutes as a Markdown file, in the person's language
 * (their saved choice, else the browser's, as on the pages). Members and up;
 * an invalid id or another organization's meeting is the same 404 as a
 * missing one. An open meeting's minutes come out marked as a draft.
 */
export const GET = orgRoute("review.contribute", async ({ ctx, org }, request, params) => {
  const id = params.id ?? "";
  if (!isUuid(id)) throw new NotFoundError();
  const minutes = await meetingMinutes(ctx, id, todayIn(org.timeZone));
  const locale = localeOfRequest(request);
  const t = createTranslator({ locale, messages: locale === "en" ? en : nb, namespace: "reviews.minutes" });
  const markdown = minutesMarkdown(minutes, (key, values) => t(key as "title", values), {
    ...minutesFormat(locale, org.timeZone),
    reason: (unit, reason) => verdictSentence(locale, unit as Unit, reason),
  });
  const filename = `${slugify(minutes.meeting.title)}-${minutes.meeting.scheduledFor}-${t("fileSuffix")}.md`;
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      // Private to the person asking, and a draft changes while the meeting runs.
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
