"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useToastAction } from "@/components/forms/use-toast-action";
import { ROLES, type Role } from "@/lib/domain/permissions";
import { changeMemberRole, removeTeamMember, resendInvite, revokeInvite } from "./actions";

/** The owner's controls on one member: change the role, or remove them. */
export function MemberControls({ org, userId, name, role }: { org: string; userId: string; name: string; role: Role }) {
  const t = useTranslations("team");
  const tRoles = useTranslations("roles");
  const change = useToastAction(changeMemberRole);
  return (
    <div className="flex items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("roleOf", { name })}
      </label>
      <select
        id={`role-${userId}`}
        value={role}
        disabled={change.pending}
        onChange={(e) => change.run({ org, userId, role: e.target.value }, "team.roleChanged")}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
      <ConfirmActionButton
        action={removeTeamMember}
        input={{ org, userId }}
        doneKey="team.removed"
        className="min-h-9 px-2 text-red-700 dark:text-red-400"
        title={t("removeTitle", { name })}
        description={t("removeBody", { name })}
        confirmLabel={t("remove")}
        cancelLabel={t("cancel")}
      >
        {t("remove")}
        <span className="sr-only"> {name}</span>
      </ConfirmActionButton>
    </div>
  );
}

export function RevokeInviteButton({ org, id, label }: { org: string; id: string; label: string }) {
  const t = useTranslations("team");
  return (
    <ConfirmActionButton
      action={revokeInvite}
      input={{ org, id }}
      doneKey="team.pending.revoked"
      title={t("pending.revokeTitle")}
      description={t("pending.revokeBody")}
      confirmLabel={t("pending.revoke")}
      cancelLabel={t("cancel")}
    >
      {t("pending.revoke")}
      <span className="sr-only"> {label}</span>
    </ConfirmActionButton>
  );
}

/** Mails the invitation again with a new link; the one sent before stops working. */
export function ResendInviteButton({ org, id, email }: { org: string; id: string; email: string }) {
  const t = useTranslations("team");
  return (
    <ConfirmActionButton
      action={resendInvite}
      input={{ org, id }}
      doneKey="team.pending.resent"
      title={t("pending.resendTitle")}
      description={t("pending.resendBody", { email })}
      confirmLabel={t("pending.resend")}
      cancelLabel={t("cancel")}
    >
      {t("pending.resend")}
      <span className="sr-only"> {email}</span>
    </ConfirmActionButton>
  );
}
