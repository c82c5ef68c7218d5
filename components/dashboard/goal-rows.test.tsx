import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GoalRows, type GoalRowView } from "./goal-rows";

const measured: GoalRowView = {
  id: "g1",
  title: "Flere følgere",
  badges: [
    ["red", "✕", "Bak skjema"],
    ["amber", "▼", "Tiltro: lav"],
  ],
  meta: "Facebook · Følgere · Eier · Frist 1. jan. 2027",
  bar: [0.1317, 0.4, "Fremdrift for Flere følgere"],
  line: "13 % av veien · nå 1 130 av 2 000",
  reason: "Prognosen er 1 400, under målet 2 000.",
  facts: [
    ["Prognose", "trolig 1 290–1 400"],
    ["Sist målt", "for 40 dager siden"],
  ],
  stale: true,
  cost: "Hvert resultat kostet 12 kr forrige måned",
};
const unmeasured: GoalRowView = {
  ...measured,
  id: "g2",
  title: "Flere besøk",
  badges: [["neutral", "–", "Ingen data"]],
  bar: null,
  line: "Ingen målinger ennå",
  reason: null,
  facts: [["Sist målt", "aldri"]],
  stale: false,
  cost: null,
};

describe("the dashboard's goal rows", () => {
  const html = renderToStaticMarkup(<GoalRows slug="bakeriet" rows={[measured, unmeasured]} />);
  const [first, second] = html.split('<li class="goal-row">').slice(1);

  it("link each goal to its page and show its pace and confidence with a mark screen readers skip", () => {
    expect(first).toContain('<a href="/bakeriet/goals/g1">Flere følgere</a>');
    expect(first).toContain('<span class="badge badge-red"><span aria-hidden="true" class="mr-1">✕</span>Bak skjema</span>');
    expect(first).toContain('<span class="badge badge-amber"><span aria-hidden="true" class="mr-1">▼</span>Tiltro: lav</span>');
  });

  it("draw the progress bar with its name and where the goal should be, then the numbers in words", () => {
    expect(first).toMatch(/role="progressbar" aria-label="Fremdrift for Flere følgere"[^>]*aria-valuenow="13"/);
    expect(first).toContain('<div style="width:13.17%"></div><div style="left:calc(40% - 1px)" aria-hidden="true"></div>');
    expect(first).toContain("<p>13 % av veien · nå 1 130 av 2 000</p>");
    expect(first).toContain("Prognosen er 1 400, under målet 2 000.");
    expect(first).toContain("Hvert resultat kostet 12 kr forrige måned");
  });

  it("mark a last measurement that is too long ago, and only that fact", () => {
    expect(first).toContain("<div><dt>Prognose</dt><dd>trolig 1 290–1 400</dd></div>");
    expect(first).toContain('<dt>Sist målt</dt><dd class="stale">for 40 dager siden</dd>');
    expect(second).toContain("<dt>Sist målt</dt><dd>aldri</dd>");
  });

  it("say so instead of a bar before the first measurement", () => {
    expect(second).not.toContain("progressbar");
    expect(second).toContain('<p class="goal-none">Ingen målinger ennå</p>');
    expect(second).not.toContain("kostet");
  });
});
