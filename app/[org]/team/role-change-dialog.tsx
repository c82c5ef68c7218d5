"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import type { RefObject } from "react";
import { buttonClass } from "@/components/ui/button";
import { type OrgPolicy, permissionsOf, type Role } from "@/lib/domain/permissions";

export type RoleChangeDialogProps = {
  name: string;
  role: Role;
  policy: OrgPolicy;
  onConfirm: () => void;
  onClose: () => void;
  /** The role picker: focus goes back to it when the dialog closes (there is no trigger button). */
  returnFocus: RefObject<HTMLSelectElement | null>;
};

/**
 * Asks before a new role applies, and says in plain words what the new role
 * may do: read from the one permission table, so the words follow the rules
 * (lib/i18n/permission-words.test.ts keeps a sentence for each permission).
 * Fetched when the role picker is first used (member-controls.tsx).
 */
export function RoleChangeDialog({ name, role, policy, onConfirm, onClose, returnFocus }: RoleChangeDialogProps) {
  const t = useTranslations("team.roleConfirm");
  const tRoles = useTranslations("roles");
  const tPermissions = useTranslations("permissions");
  const roleName = tRoles(role).toLowerCase();
  return (
    <AlertDialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <AlertDialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus.current?.focus();
          }}
          className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900"
        >
          <AlertDialog.Title className="text-lg font-semibold">{t("title", { name, role: roleName })}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {t("body", { name, role: roleName })}
          </AlertDialog.Description>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
            {permissionsOf(role, policy).map((p) => (
              <li key={p}>{tPermissions(p)}</li>
            ))}
          </ul>
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClass()} onClick={onConfirm}>
              {t("confirm")}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
