// Starts the preview server (`npm start`: Eleventy serving and watching) in a project folder, and keeps what it prints.
import { spawn } from "node:child_process";

/**
 * The server process, its port, and everything it has printed so far. `root` must hold the project's files and a
 * `node_modules`. Default port: a random one in 8000–8899.
 */
export function startPreview(root, { port = 8000 + Math.floor(Math.random() * 900), env = process.env } = {}) {
  const args = ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve"];
  const server = spawn(process.execPath, [...args, `--port=${port}`], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  server.stdout.on("data", (d) => (printed += d));
  server.stderr.on("data", (d) => (printed += d));
  return { server, port, log: () => printed };
}
