import { spawn } from "node:child_process";
import path from "node:path";

/** `node <tsx> <file>`: how the benches run a TypeScript script of the project in a process of its own. */
export const tsxScript = (root: string, file: string) => [
  process.execPath,
  path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
  file,
];

/** Runs a command in `root`; its output, echoed as it comes, and its exit code. */
export function script(root: string, cmd: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: root, env: { ...process.env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (c: Buffer) => {
      output += c.toString();
      process.stdout.write(c);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
