// next-auth's own endpoints (OAuth callbacks, CSRF, session). They carry no
// tenant data; every tenant route and action authorizes through lib/auth.
import { handlers } from "@/lib/auth/config";

export const { GET, POST } = handlers;
