import { spawn } from "node:child_process";
import path from "node:path";
import type { Server } from "../nlw/server";

/** bench/proxy.mjs (round robin over `backends`, "127.0.0.1:port") on `port`; ready once it says so. */
export function startProxy(root: string, port: number, backends: string[]): Promise<Server> {
  const child = spawn(process.execPath, [path.join(root, "bench", "proxy.mjs"), "--port", String(port), "--to", backends.join(",")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening")) resolve({ url: `http://127.0.0.1:${port}`, stop, output: () => output, pgid: child.pid! });
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("exit", (code) => reject(new Error(`bench/proxy.mjs exited (${code}): ${output}`)));
  });
}
