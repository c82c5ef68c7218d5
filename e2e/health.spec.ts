import { expect, test } from "@playwright/test";

// The smallest proof that the production server is up and reaches its database.
test("health endpoint reports the app and its database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
