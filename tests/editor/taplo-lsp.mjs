// taplo's language server (the WebAssembly build VS Code's Even Better TOML runs) on stdio.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { TaploLsp } = require("@taplo/lsp");

function frame(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

const environment = {
  cwd: () => process.cwd(),
  envVar: (name) => process.env[name],
  envVars: () => Object.entries(process.env),
  findConfigFile: (from) => {
    for (const name of [".taplo.toml", "taplo.toml"]) {
      const full = path.join(from, name);
      if (fs.existsSync(full)) return full;
    }
    return undefined;
  },
  glob: () => [],
  isAbsolute: (p) => path.isAbsolute(p),
  now: () => new Date(),
  readFile: (p) => fs.promises.readFile(p),
  writeFile: (p, data) => fs.promises.writeFile(p, data),
  stderr: process.stderr,
  stdErrAtty: () => false,
  stdin: process.stdin,
  stdout: process.stderr,
  urlToFilePath: (url) => decodeURIComponent(url).slice("file://".length),
  fetch: { fetch, Headers, Request, Response },
};

const lsp = await TaploLsp.initialize(environment, { onMessage: frame });
let pending = Buffer.alloc(0);
process.stdin.on("data", (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const end = pending.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, end).toString())[1]);
    if (pending.length < end + 4 + length) return;
    const message = JSON.parse(pending.subarray(end + 4, end + 4 + length).toString("utf8"));
    pending = pending.subarray(end + 4 + length);
    if (message.method === "exit") process.exit(0);
    lsp.send(message);
  }
});
process.on("unhandledRejection", (reason) => {
  throw reason;
});
