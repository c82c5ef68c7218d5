import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit";

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe("the CI dependency check", () => {
  it("passes with nothing high or critical, and says what it found", () => {
    expect(auditVerdict(report({ info: 0, low: 2, moderate: 1, high: 0, critical: 0 }))).toEqual({
      ok: true,
      summary: "npm audit: 0 critical, 0 high, 1 moderate, 2 low",
    });
  });

  it("fails on a high or a critical advisory", () => {
    expect(auditVerdict(report({ low: 0, moderate: 0, high: 1, critical: 0 })).ok).toBe(false);
    expect(auditVerdict(report({ low: 0, moderate: 0, high: 0, critical: 1 })).ok).toBe(false);
    expect(auditVerdict(report({ high: 3, critical: 1 })).summary).toMatch(/^npm audit: 1 critical, 3 high/);
  });

  it("says so loudly when the registry gives no report, and fails then only when required", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    });
    expect(auditVerdict(refused)).toEqual({
      ok: true,
      summary: expect.stringMatching(/no audit report \(405 Method Not Allowed.*NOT CHECKED/) as string,
    });
    expect(auditVerdict(refused, true).ok).toBe(false);
    expect(auditVerdict("", true).ok).toBe(false);
  });
});
