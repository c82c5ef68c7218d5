import { completeSignUp, expect, newestMailTo, PASSWORD, submit, test, uniqueEmail } from "./fixtures";

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("bad input on sign-up, login and invitation gets clear English messages", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await page.getByLabel("Your name").fill("Sam Smith");
    await page.getByLabel("E-mail").fill("not-an-address");
    await page.getByLabel("Password").fill("short");
    await submit(page, "Create account");
    await expect(page.getByText("Enter a valid e-mail address, such as name@company.com.")).toBeVisible();
    await expect(page.getByText("The password needs at least 10 characters.")).toBeVisible();
    await expect(page.getByText("This field is required.")).toBeVisible();
    // What was typed stays, except the password.
    await expect(page.getByLabel("Your name")).toHaveValue("Sam Smith");
    await expect(page.getByLabel("Password")).toHaveValue("");

    const email = uniqueEmail("sam");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("password123");
    await page.getByLabel("Business name").fill("Clothing Online");
    await submit(page, "Create account");
    await expect(page.getByText("This password is too common.")).toBeVisible();
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(`We sent an e-mail to ${email}.`, { exact: false })).toBeVisible();
    expect((await newestMailTo(email)).subject).toBe("Confirm your e-mail address for Målbar");
    await completeSignUp(page, email, "en");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    const slug = new URL(page.url()).pathname.split("/")[1];

    // The same e-mail again gets the same answer as a new one; the owner is told by mail instead.
    const again = await page.context().browser()!.newContext({ locale: "en-GB" });
    const other = await again.newPage();
    await other.goto("/signup");
    await other.getByLabel("Your name").fill("Sam Again");
    await other.getByLabel("E-mail").fill(email);
    await other.getByLabel("Password").fill(PASSWORD);
    await other.getByLabel("Business name").fill("Clothing Twice");
    await other.getByRole("button", { name: "Create account" }).click();
    await expect(other.getByText(`We sent an e-mail to ${email}.`, { exact: false })).toBeVisible();
    expect((await newestMailTo(email, 1)).subject).toBe("Someone tried to create an account with your e-mail address");
    await other.goto("/login");
    await other.getByRole("button", { name: "Log in" }).click();
    await expect(other.getByText("This field is required.").first()).toBeVisible();
    await again.close();

    await page.goto(`/${slug}/team`);
    await page.getByLabel("E-mail (optional)").fill("nobody@");
    await page.getByLabel("Valid for (days)").fill("90");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    await expect(page.getByText("Enter a valid e-mail address, such as name@company.com.")).toBeVisible();
    await expect(page.getByText("Choose between 1 and 30 days.")).toBeVisible();
    await expect(page.getByLabel("Invitation link")).toHaveCount(0);
  });

  test("the language can be switched and the choice is kept", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Norsk" }).click();
    await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });
});
