import { createTranslator } from "next-intl";
import nb from "@/messages/nb.json";

/**
 * Stands in for next-intl/server outside a request, in bokmål, as the app
 * answers a person without a language setting:
 *   vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
 */
export function getLocale(): Promise<string> {
  return Promise.resolve("nb");
}

export function getTranslations(namespace?: string) {
  return Promise.resolve(createTranslator({ locale: "nb", messages: nb, namespace: namespace as "notifications" }));
}

export function getMessages(): Promise<typeof nb> {
  return Promise.resolve(nb);
}
