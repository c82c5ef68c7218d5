import { describe, expect, it } from "vitest";
import { navigatesInApp } from "./link";

const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const here = "https://app.maalbar.no/bakeriet/goals";

describe("navigatesInApp: which clicks on a link the app's router takes", () => {
  it.each([
    ["a plain click on a path", plain, { href: "/bakeriet/team" }, true],
    ["a plain click on a relative path", plain, { href: "objectives" }, true],
    ["a plain click on a path with a query and a hash", plain, { href: "/bakeriet/channels?period=thisMonth#money" }, true],
    ["a plain click on the same site written in full", plain, { href: "https://app.maalbar.no/privacy" }, true],
    ["target _self", plain, { href: "/bakeriet", target: "_self" }, true],
    ["another site", plain, { href: "https://example.com/" }, false],
    ["the same host on another port", plain, { href: "https://app.maalbar.no:8443/" }, false],
    ["http instead of https", plain, { href: "http://app.maalbar.no/" }, false],
    ["a mail address", plain, { href: "mailto:post@bakeriet.no" }, false],
    ["a new tab (target _blank)", plain, { href: "/bakeriet", target: "_blank" }, false],
    ["a download", plain, { href: "/bakeriet/export.csv", download: "" }, false],
    ["the middle button", { ...plain, button: 1 }, { href: "/bakeriet" }, false],
    ["Cmd-click", { ...plain, metaKey: true }, { href: "/bakeriet" }, false],
    ["Ctrl-click", { ...plain, ctrlKey: true }, { href: "/bakeriet" }, false],
    ["Shift-click", { ...plain, shiftKey: true }, { href: "/bakeriet" }, false],
    ["Alt-click", { ...plain, altKey: true }, { href: "/bakeriet" }, false],
    ["a click the link's own handler already took", { ...plain, defaultPrevented: true }, { href: "/bakeriet" }, false],
  ])("%s", (_name, click, link, expected) => {
    expect(navigatesInApp(click, link, here)).toBe(expected);
  });
});
