/**
 * A server action's request body as React's client encodes a form
 * (encodeReply, the same encoding as bench/nlw/http.ts's callAction): the
 * form's fields under "_1_<name>", then the root row "0" naming the previous
 * state and the form. Built by hand as multipart/form-data because the load
 * tool needs the bytes synchronously, one fresh body per request.
 */
export function actionBody(fields: Record<string, string>, boundary: string): { body: string; contentType: string } {
  const parts = [...Object.entries(fields).map(([k, v]) => [`_1_${k}`, v] as const), ["0", JSON.stringify(["$undefined", "$K1"])] as const];
  const body =
    parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Whether an action's RSC answer carries a successful result (`{"ok":true…}` on one of its rows). */
export function actionSucceeded(text: string): boolean {
  return text.split("\n").some((line) => line.slice(line.indexOf(":") + 1).startsWith('{"ok":true'));
}
