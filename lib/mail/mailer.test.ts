import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mailConfig } from "./config";
import { createMailer, isMailServerUnreachable } from "./mailer";

const dir = mkdtempSync(path.join(os.tmpdir(), "maalbar-mail-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("mailConfig", () => {
  it("writes to a folder when SMTP_URL is unset, with a development sender and the local app address", () => {
    expect(mailConfig({ MAALBAR_MAIL_DIR: dir })).toEqual({
      transport: "folder",
      dir,
      from: "Målbar <ikke-svar@localhost>",
      appUrl: "http://localhost:3000",
    });
    // An empty variable counts as unset, as in a .env file with `SMTP_URL=`.
    expect(mailConfig({ SMTP_URL: "", MAALBAR_MAIL_DIR: dir, APP_URL: "https://maalbar.example.no/" })).toMatchObject({
      transport: "folder",
      appUrl: "https://maalbar.example.no",
    });
  });

  it("sends over SMTP when SMTP_URL is set, and then needs MAIL_FROM", () => {
    expect(mailConfig({ SMTP_URL: "smtp://u:p@mail.example.no:587", MAIL_FROM: "Målbar <varsler@example.no>" })).toEqual({
      transport: "smtp",
      smtpUrl: "smtp://u:p@mail.example.no:587",
      from: "Målbar <varsler@example.no>",
      appUrl: "http://localhost:3000",
    });
    expect(() => mailConfig({ SMTP_URL: "smtp://mail.example.no" })).toThrow(/SMTP_URL is set but MAIL_FROM is not/);
  });

  it.each([
    [{ SMTP_URL: "mail.example.no:587" }, /SMTP_URL: SMTP_URL must look like smtp:\/\//],
    [{ MAIL_FROM: "not an address" }, /MAIL_FROM: MAIL_FROM must be an address/],
    [{ APP_URL: "maalbar.example.no" }, /APP_URL: APP_URL must be the app's public address/],
    [{ APP_URL: "ftp://maalbar.example.no" }, /APP_URL/],
  ])("names what is wrong: %o", (env, message) => {
    expect(() => mailConfig({ MAALBAR_MAIL_DIR: dir, ...env })).toThrow(/^Målbar cannot send e-mail, the mail settings are invalid/);
    expect(() => mailConfig({ MAALBAR_MAIL_DIR: dir, ...env })).toThrow(message);
  });
});

describe("the folder mailer", () => {
  it("writes each mail as an .eml file, creating the folder", async () => {
    const target = path.join(dir, "nested", "mail");
    const mailer = createMailer({
      transport: "folder",
      dir: target,
      from: "Målbar <ikke-svar@localhost>",
      appUrl: "http://localhost:3000",
    });
    await mailer.send({
      to: "kari@bakeriet.no",
      subject: "Målet «Bryllupskaker» trenger en ny måling",
      text: "Hei Kari,\n\nÅpne i Målbar: http://localhost:3000/bakeriet/goals/1\n",
    });
    await mailer.send({ to: "ola@bakeriet.no", subject: "Neste gjennomgang", text: "Hei Ola" });
    mailer.close();
    const files = readdirSync(target);
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".eml"))).toBe(true);
    const mails = files.map((f) => readFileSync(path.join(target, f), "utf8"));
    const kari = mails.find((m) => m.includes("To: kari@bakeriet.no"));
    expect(kari).toBeDefined();
    expect(kari).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(kari).toContain("http://localhost:3000/bakeriet/goals/1");
  });
});

describe("the SMTP mailer", () => {
  it("rejects with a connection error when the server cannot be reached", async () => {
    const mailer = createMailer({
      transport: "smtp",
      smtpUrl: "smtp://127.0.0.1:1",
      from: "Målbar <varsler@example.no>",
      appUrl: "http://localhost:3000",
    });
    const error: unknown = await mailer.send({ to: "kari@bakeriet.no", subject: "Test", text: "Hei" }).catch((e: unknown) => e);
    mailer.close();
    expect(error).toBeInstanceOf(Error);
    expect(isMailServerUnreachable(error)).toBe(true);
    // A message the server refused is not a connection problem.
    expect(isMailServerUnreachable(Object.assign(new Error("550 no such user"), { code: "EENVELOPE" }))).toBe(false);
  });
});
