import { expect, signUp, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

// The shell's menus load their code when first opened (components/shell/deferred-menus.tsx):
// they must open and work the same from the first click or key press.

test("the organization switcher and the user menu open by pointer and by keyboard, and the language can be switched from the menu", async ({
  page,
}) => {
  const slug = await signUp(page, { name: "Per Meny", email: uniqueEmail("meny"), organization: "Menybakeriet" });

  // Each button's name starts with what it shows (WCAG 2.5.3): the organization's name, the initials.
  // The organization switcher, first click: the person's organizations and a way to make another.
  await page.getByRole("button", { name: "Menybakeriet, bytt organisasjon", exact: true }).click();
  const orgMenu = page.getByRole("menu");
  await expect(orgMenu.getByRole("menuitem", { name: /Menybakeriet/ })).toBeVisible();
  await expect(orgMenu.getByRole("menuitem", { name: "Opprett ny organisasjon" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(orgMenu).toBeHidden();
  await expect(page.getByRole("button", { name: "Menybakeriet, bytt organisasjon", exact: true })).toBeFocused();

  // The user menu, first opened from the keyboard; Escape closes it and gives the focus back.
  const userButton = page.getByRole("button", { name: "PM, brukermeny for Per Meny", exact: true });
  await userButton.focus();
  await page.keyboard.press("Enter");
  const userMenu = page.getByRole("menu");
  await expect(userMenu.getByRole("menuitem", { name: "Logg ut" })).toBeVisible();
  await expect(userMenu.getByText("Din rolle her: Eier")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(userMenu).toBeHidden();
  await expect(userButton).toBeFocused();

  // Language from the user menu: the whole shell follows, and back again.
  await userButton.click();
  await page.getByRole("menu").getByRole("group", { name: "Språk" }).getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("menu").getByRole("menuitem", { name: "Log out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).filter({ visible: true }).getByRole("link", { name: "Goals" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "PM, user menu for Per Meny", exact: true }).click();
  await page.getByRole("menu").getByRole("group", { name: "Language" }).getByRole("menuitemradio", { name: "Norsk" }).click();
  await expect(page.getByRole("menu").getByRole("menuitem", { name: "Logg ut" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));
});

test("a page asks the server for nothing ahead, and its links change the page without reloading it", async ({ page }) => {
  const slug = await signUp(page, { name: "Lene Lenke", email: uniqueEmail("lenke"), organization: "Lenkebakeriet" });
  // Links fetch nothing ahead of a click (components/ui/link.tsx): next/link asked the server for every link in view.
  const ahead: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) ahead.push(r.url());
  });
  await page.goto(`/${slug}`);
  const nav = page.getByRole("navigation", { name: "Hovedmeny" }).filter({ visible: true });
  await nav.getByRole("link", { name: "Mål", exact: true }).hover();
  await page.waitForLoadState("networkidle");

  // A plain click is the router's: the document stays, only the new page's content is fetched.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const content = page.waitForRequest((r) => r.url().includes(`/${slug}/goals`) && r.headers()["rsc"] === "1");
  await nav.getByRole("link", { name: "Mål", exact: true }).click();
  await content;
  await expect(page.getByRole("heading", { level: 1, name: "Mål" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}/goals$`));
  await expect(nav.getByRole("link", { name: "Mål", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // Back goes back, also without a reload.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(ahead).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the main menu sits under the header and marks the current page", async ({ page }) => {
    const slug = await signUp(page, { name: "Siri Mobil", email: uniqueEmail("mobil"), organization: "Mobilbakeriet" });
    const nav = page.getByRole("navigation", { name: "Hovedmeny" }).filter({ visible: true });
    await expect(nav).toHaveCount(1);
    await expect(nav.getByRole("link", { name: "Oversikt" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Mål", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/goals$`));
    await expect(nav.getByRole("link", { name: "Mål", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Oversikt" })).not.toHaveAttribute("aria-current", "page");

    // The user menu works on a touch-sized screen too.
    await page.getByRole("button", { name: "Brukermeny for Siri Mobil" }).click();
    await page.getByRole("menuitem", { name: "Logg ut" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });
});
