import { describe, expect, it } from "vitest";
import { actionBody, actionSucceeded } from "./action-body";

describe("actionBody", () => {
  it("encodes the form as React's encodeReply does, and a server parses it back", async () => {
    const { body, contentType } = actionBody({ org: "bench", value: "12,5" }, "b0undary");
    const parsed = await new Response(body, { headers: { "content-type": contentType } }).formData();
    expect([...parsed.entries()]).toEqual([
      ["_1_org", "bench"],
      ["_1_value", "12,5"],
      ["0", '["$undefined","$K1"]'],
    ]);
  });
});

describe("actionSucceeded", () => {
  it("finds the action's result row", () => {
    expect(actionSucceeded('0:{"a":"$@1"}\n1:{"ok":true,"data":{"created":1}}\n')).toBe(true);
    expect(actionSucceeded('1:{"ok":false,"error":"errors.validation"}\n')).toBe(false);
    expect(actionSucceeded("<!DOCTYPE html><html>login</html>")).toBe(false);
  });
});
