import { describe, expect, it } from "vitest";
import {
  DEVICE_COOKIE,
  DEVICE_DAYS,
  deviceCookieFrom,
  MAX_DEVICE_ENTRIES,
  recognisedDevice,
  SECURE_DEVICE_COOKIE,
  withDevice,
} from "./device";

const SECRET = "en-hemmelighet-som-er-lang-nok-til-testen-1234";
const NOW = 1_800_000_000;
const DAY = 86_400;

describe("the device cookie", () => {
  const { value, deviceId } = withDevice(null, "eier@bakeri.no", SECRET, NOW);

  it.each([
    ["the account it was set for, now", value, "eier@bakeri.no", SECRET, NOW, deviceId],
    ["the same account a day before it expires", value, "eier@bakeri.no", SECRET, NOW + (DEVICE_DAYS - 1) * DAY, deviceId],
    ["the day it expires", value, "eier@bakeri.no", SECRET, NOW + DEVICE_DAYS * DAY, null],
    ["another account", value, "angriper@bakeri.no", SECRET, NOW, null],
    ["another server secret", value, "eier@bakeri.no", `${SECRET}-ny`, NOW, null],
    ["a changed expiry", value.replace(/\.(\d+)\./, (_, n: string) => `.${Number(n) + DAY}.`), "eier@bakeri.no", SECRET, NOW, null],
    ["a changed signature", value.slice(0, -1) + (value.endsWith("A") ? "B" : "A"), "eier@bakeri.no", SECRET, NOW, null],
    ["no cookie", null, "eier@bakeri.no", SECRET, NOW, null],
    ["rubbish", "x.y.z~123", "eier@bakeri.no", SECRET, NOW, null],
  ])("recognises %s: %s", (_what, cookie, email, secret, now, expected) => {
    expect(recognisedDevice(cookie, email, secret, now)).toBe(expected);
  });

  it("keeps the device id on a later sign-in and renews the expiry", () => {
    const later = withDevice(value, "eier@bakeri.no", SECRET, NOW + 100 * DAY);
    expect(later.deviceId).toBe(deviceId);
    expect(recognisedDevice(later.value, "eier@bakeri.no", SECRET, NOW + (100 + DEVICE_DAYS - 1) * DAY)).toBe(deviceId);
    expect(later.value.split("~")).toHaveLength(1);
  });

  it(`holds up to ${MAX_DEVICE_ENTRIES} accounts of a shared computer, newest first`, () => {
    let cookie: string | null = null;
    const ids: string[] = [];
    for (let i = 1; i <= MAX_DEVICE_ENTRIES + 1; i++) {
      const next = withDevice(cookie, `ansatt${i}@bakeri.no`, SECRET, NOW + i);
      cookie = next.value;
      ids.push(next.deviceId);
    }
    expect(new Set(ids).size).toBe(MAX_DEVICE_ENTRIES + 1);
    expect(cookie!.split("~")).toHaveLength(MAX_DEVICE_ENTRIES);
    expect(recognisedDevice(cookie, "ansatt1@bakeri.no", SECRET, NOW + 10)).toBeNull();
    for (let i = 2; i <= MAX_DEVICE_ENTRIES + 1; i++)
      expect(recognisedDevice(cookie, `ansatt${i}@bakeri.no`, SECRET, NOW + 10)).toBe(ids[i - 1]);
  });

  it.each([
    [`${SECURE_DEVICE_COOKIE}=a; ${DEVICE_COOKIE}=b`, "a"],
    [`other=1; ${DEVICE_COOKIE}=b`, "b"],
    ["other=1", null],
    [null, null],
  ])("is read from the Cookie header %s as %s", (header, expected) => {
    expect(deviceCookieFrom(header)).toBe(expected);
  });
});
