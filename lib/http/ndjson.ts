/**
 * A long write answered as NDJSON lines: `run` sends progress lines as it
 * goes, then one done line (its result) or one error line (`errorLine`). The
 * work runs to its end even if the reader leaves: the writes it streams are
 * all-or-nothing, and doing them again is harmless. `cleanup` runs last.
 */
export function ndjsonStream<T extends object>(
  run: (progress: (rows: number) => void) => Promise<T>,
  errorLine: (error: unknown) => Record<string, unknown>,
  cleanup: () => Promise<void> = async () => {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (line: Record<string, unknown>) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      void run((rows) => send({ type: "progress", rows }))
        .then((result) => send({ type: "done", ...result }))
        .catch((error: unknown) => send(errorLine(error)))
        .finally(async () => {
          await cleanup().catch(() => undefined);
          if (open) controller.close();
        });
    },
  });
}
