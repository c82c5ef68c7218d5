import { membershipsOfUser } from "@/lib/data/team";

/** Where a signed-in person lands: their first organization, or creating one. */
export async function landingPath(userId: string): Promise<string> {
  const [first] = await membershipsOfUser(userId);
  return first ? `/${first.slug}` : "/new-organization";
}

/** Only same-site paths are followed after login; anything else lands normally. */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
