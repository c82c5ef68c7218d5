// A small round-robin HTTP proxy for the scale-out bench: each request goes to
// the next backend in turn, over kept-alive connections, with its headers
// (Host, Origin, cookies) unchanged, so the app sees what a browser sent.
// Streaming bodies pass through as they come. A backend that cannot be
// reached answers 502. It keeps nothing between requests: any state the app
// needs must be in PostgreSQL, which is what the two-instance run proves.
//
//   node bench/proxy.mjs --port 3373 --to 127.0.0.1:3370,127.0.0.1:3372
//
// Started and stopped by bench/run.ts, bench/no-lost-writes.ts and
// scripts/e2e-server.mjs (E2E_INSTANCES=2); it prints "listening" when ready.
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string" }, to: { type: "string" } } });
const backends = (values.to ?? "").split(",").filter(Boolean);
if (!values.port || !backends.length) {
  console.error("usage: node bench/proxy.mjs --port <port> --to host:port[,host:port…]");
  process.exit(2);
}
// An idle connection is closed after 4 s, before the backend's own keep-alive timeout (Node's 5 s)
// closes it under a request just sent on it.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });
// Hop-by-hop headers belong to one connection, not to the request.
const HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"]);
let next = 0;
const counts = backends.map(() => 0);

const server = http.createServer((req, res) => {
  const i = next++ % backends.length;
  counts[i] += 1;
  const [host, port] = backends[i].split(":");
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP.has(k)));
  // A GET or HEAD has no body: sent on a kept-alive connection the backend closed at that moment, it is
  // sent once more on a new one (as nginx's proxy_next_upstream does); anything else answers 502.
  const idempotent = req.method === "GET" || req.method === "HEAD";
  const send = (retry) => {
    const upstream = http.request({ host, port: Number(port), method: req.method, path: req.url, headers, agent }, (answer) => {
      const raw = [];
      for (let j = 0; j < answer.rawHeaders.length; j += 2)
        if (!HOP.has(answer.rawHeaders[j].toLowerCase())) raw.push(answer.rawHeaders[j], answer.rawHeaders[j + 1]);
      res.writeHead(answer.statusCode ?? 502, raw);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      if (retry && upstream.reusedSocket && !res.headersSent && error.code === "ECONNRESET") return send(false);
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: ${backends[i]}: ${error.message}`);
    });
    if (idempotent) upstream.end();
    else req.pipe(upstream);
  };
  send(idempotent);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(values.port), "127.0.0.1", () => console.log(`listening on 127.0.0.1:${values.port} → ${backends.join(", ")}`));

function stop() {
  // The requests each backend got: proof that both took their share.
  console.log(`requests per backend: ${backends.map((b, i) => `${b} ${counts[i]}`).join(", ")}`);
  server.close();
  agent.destroy();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
