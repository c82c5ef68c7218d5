"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useMemo } from "react";
import { QueryProvider } from "@/components/query-provider";
import { Alert } from "@/components/ui/alert";
import type { MeetingActivity } from "@/lib/data/reviews";

export type Member = { userId: string; name: string };

type MeetingContext = {
  org: string;
  /** The organization's time zone: notes' times and "overdue" as the organization's clock has them. */
  timeZone: string;
  meetingId: string;
  userId: string;
  canRun: boolean;
  members: Member[];
  activity: MeetingActivity;
  closed: boolean;
  /** Fetch the others' additions now (after one's own save) rather than at the next tick. */
  refresh: () => Promise<void>;
};

const Context = createContext<MeetingContext | null>(null);

export function useMeeting(): MeetingContext {
  const value = useContext(Context);
  if (!value) throw new Error("useMeeting outside MeetingLive");
  return value;
}

/**
 * Whether a note or item belongs in a section: a goal's own, or — for the
 * meeting-wide section (goalId null, with the agenda's goal ids) — those on
 * no goal or on a goal no longer on the agenda, so nothing goes unseen.
 */
export function onThis(itemGoalId: string | null, goalId: string | null, agenda?: string[]): boolean {
  if (goalId) return itemGoalId === goalId;
  return !itemGoalId || Boolean(agenda && !agenda.includes(itemGoalId));
}

/** How often every open screen asks for the others' notes, items and decisions. */
const POLL_MS = 3000;

async function fetchActivity(org: string, id: string, signal: AbortSignal): Promise<MeetingActivity> {
  const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/reviews/${encodeURIComponent(id)}/activity`, {
    signal,
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`activity ${response.status}`);
  return (await response.json()) as MeetingActivity;
}

/**
 * Keeps a meeting's shared parts live: everyone's notes, action items and
 * decisions are polled every few seconds, so each open screen shows the
 * others' additions without a reload; once someone closes the meeting the
 * forms give way to a link to the minutes.
 */
type Props = Omit<MeetingContext, "activity" | "closed" | "refresh"> & { initial: MeetingActivity; children: ReactNode };

export function MeetingLive(props: Props) {
  // react-query only here, not in the route's layout, so the minutes page does not load it.
  return (
    <QueryProvider>
      <LiveActivity {...props} />
    </QueryProvider>
  );
}

function LiveActivity({ initial, children, ...rest }: Props) {
  const t = useTranslations("reviews.meeting");
  const client = useQueryClient();
  const key = useMemo(() => ["meeting-activity", rest.meetingId], [rest.meetingId]);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchActivity(rest.org, rest.meetingId, signal),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === "closed" ? false : POLL_MS),
    staleTime: 0,
  });
  const activity = query.data;
  const closed = activity.status === "closed";
  const value: MeetingContext = { ...rest, activity, closed, refresh: () => client.invalidateQueries({ queryKey: key }) };
  return (
    <Context.Provider value={value}>
      {closed ? (
        <div className="mb-6">
          <Alert tone="info">
            {t("closedBanner")}{" "}
            <Link href={`/${rest.org}/reviews/${rest.meetingId}/minutes`} className="font-medium underline underline-offset-2">
              {t("toMinutes")}
            </Link>
          </Alert>
        </div>
      ) : null}
      {query.isError ? (
        <p role="status" className="mb-4 text-sm text-amber-800 dark:text-amber-300">
          {t("offline")}
        </p>
      ) : null}
      {children}
    </Context.Provider>
  );
}
