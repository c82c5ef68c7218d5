"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { ServerAction } from "@/components/forms/server-actions";

/** The measurements route's import actions, handed down by its page (components never import from app/). */
type Input = FormData | Record<string, unknown>;
export type ImportActions = {
  undoImport: ServerAction<{ restored: number; removed: number }, Input>;
  savePreset: ServerAction<{ id: string }, Input>;
  updatePreset: ServerAction<void, Input>;
  renamePreset: ServerAction<void, Input>;
  deletePreset: ServerAction<void, Input>;
};

const Context = createContext<ImportActions | null>(null);

export function ImportActionsProvider({ actions, children }: { actions: ImportActions; children: ReactNode }) {
  return <Context.Provider value={actions}>{children}</Context.Provider>;
}

export function useImportActions(): ImportActions {
  const actions = useContext(Context);
  if (!actions) throw new Error("useImportActions outside ImportActionsProvider");
  return actions;
}
