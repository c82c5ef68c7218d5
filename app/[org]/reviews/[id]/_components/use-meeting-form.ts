"use client";

import { useActionState, useRef } from "react";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import type { ActionState } from "@/lib/auth/action";
import { useMeeting } from "./meeting-live";

/**
 * A form that adds to the meeting (a note, an action item): after a save the
 * form is cleared and the meeting's activity fetched at once, not at the next poll.
 */
export function useMeetingForm<T>(action: (prev: ActionState<T>, input: FormData) => Promise<ActionState<T>>) {
  const meeting = useMeeting();
  const [state, run] = useActionState(action, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    ref.current?.reset();
    void meeting.refresh();
  });
  return { run, form, ref };
}
