import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";

/** What belongs on an empty page, and the action that fills it. */
export function EmptyState({ title, body, action, icon }: { title: string; body: string; action?: ReactNode; icon?: IconName }) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900">
      {icon ? (
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700 dark:bg-brand-900 dark:text-brand-200">
          <Icon name={icon} className="size-6" />
        </div>
      ) : null}
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">{body}</p>
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}
