// Test support for the e2e server (scripts/e2e-server.mjs starts it beside
// `next start`, only on a PostgreSQL test database): makes a verified account
// and its organization (or joins an invitation) through registerAccount, the function the sign-up form
// ends in, so specs that need a fresh owner skip the sign-up pages and the
// confirmation mail. The sign-up itself stays covered by the specs that use
// the forms (e2e/auth.spec.ts, onboarding, email verification).
import { createServer } from "node:http";
import { writeFileSync } from "node:fs";
import { registerAccount } from "@/lib/data/accounts";

const [, , portArg, urlFile] = process.argv;
const port = Number(portArg);
if (!Number.isInteger(port) || !urlFile) throw new Error("usage: e2e-accounts.ts <port> <url-file>");

/** A new organization, or with `inviteToken` the invitation's. */
type Body = { name: string; email: string; password: string; organization?: string; inviteToken?: string; locale?: "nb" | "en" };

const server = createServer((request, response) => {
  let text = "";
  request.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  request.on("end", () => {
    const body = JSON.parse(text) as Body;
    registerAccount({
      name: body.name,
      email: body.email,
      password: body.password,
      locale: body.locale ?? "nb",
      organizationName: body.organization,
      inviteToken: body.inviteToken,
      emailVerified: true,
    }).then(
      ({ slug }) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ slug }));
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(error instanceof Error ? error.message : String(error));
      },
    );
  });
});
server.listen(port, "127.0.0.1", () => writeFileSync(urlFile, `http://127.0.0.1:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
