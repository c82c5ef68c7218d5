"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useToastAction } from "@/components/forms/use-toast-action";
import { once, useOnDemand } from "@/components/ui/on-demand";
import type { OrgPolicy } from "@/lib/domain/permissions";
import { ROLES, type Role } from "@/lib/domain/roles";
import { changeMemberRole, removeTeamMember, resendInvite, revokeInvite } from "./actions";

const loadRoleDialog = once(() => import("./role-change-dialog").then((m) => m.RoleChangeDialog));

/**
 * The owner's controls on one member: change the role (asked first, with what
 * the new role may do), or remove them.
 */
export function MemberControls({
  org,
  userId,
  name,
  role,
  policy,
}: {
  org: string;
  userId: string;
  name: string;
  role: Role;
  policy: OrgPolicy;
}) {
  const t = useTranslations("team");
  const tRoles = useTranslations("roles");
  const change = useToastAction(changeMemberRole);
  const dialog = useOnDemand(loadRoleDialog);
  const [asked, setAsked] = useState<Role | null>(null);
  const picker = useRef<HTMLSelectElement>(null);
  return (
    <div className="flex items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("roleOf", { name })}
      </label>
      <select
        id={`role-${userId}`}
        ref={picker}
        value={role}
        disabled={change.pending}
        onFocus={dialog.prefetch}
        onPointerEnter={dialog.prefetch}
        // Nothing changes yet: the picker keeps showing the current role until the dialog is confirmed.
        onChange={(e) => {
          setAsked(e.target.value as Role);
          dialog.open();
        }}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tRoles(r)}
          </option>
        ))}
      </select>
      {dialog.loaded && asked && asked !== role ? (
        <dialog.loaded
          name={name}
          role={asked}
          policy={policy}
          returnFocus={picker}
          onClose={() => setAsked(null)}
          onConfirm={() => change.run({ org, userId, role: asked }, "team.roleChanged")}
        />
      ) : null}
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
