import type { ActionState } from "@/lib/auth/action";

/**
 * The shape of a server action a component is handed as a prop. Components
 * never import from app/: the page (a server component) passes the route's
 * action down, so the component stays reusable and the dependency points one
 * way, app/ → components/.
 */
export type ServerAction<T, I = FormData> = (previous: ActionState<T>, input: I) => Promise<ActionState<T>>;

/** app/actions.ts#setLanguage: saves the language for the person and in a cookie. */
export type SetLanguage = (previous: undefined, input: { locale: "nb" | "en" }) => Promise<unknown>;
/** app/(auth)/actions.ts#logOut. */
export type LogOut = (previous: undefined, input: Record<string, never>) => Promise<unknown>;
