"use client";

import { useTranslations } from "next-intl";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { chartNoteFromReviewAction } from "../../../channels/[key]/actions";

/** Turns a meeting note into a campaign note on the goal channel's charts, dated the meeting's day. */
export function ToChartButton({
  org,
  reviewNoteId,
  channelId,
  body,
}: {
  org: string;
  reviewNoteId: string;
  channelId: string;
  body: string;
}) {
  const t = useTranslations("chartNotes");
  const run = useToastAction(chartNoteFromReviewAction);
  return (
    <Button
      variant="ghost"
      // Named by the note it turns into a chart note, starting with the visible words (WCAG 2.5.3); a label, not
      // hidden text, so the note's words are on the page once.
      aria-label={`${t("fromReview")}: ${body}`}
      className="mt-1 min-h-8 px-2 text-xs"
      disabled={run.pending}
      onClick={() => run.run({ org, reviewNoteId, channelId }, "chartNotes.fromReviewDone")}
    >
      {t("fromReview")}
    </Button>
  );
}
