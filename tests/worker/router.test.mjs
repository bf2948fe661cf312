// The router Worker (resources/worker/router.js) in miniflare, Cloudflare's local Workers runtime
// (workerd), with a real KV namespace and four real origin servers on 127.0.0.1: web A/B and
// functions A/B. Requests must reach the slot that ACTIVE_ENV names and flip when the key flips.
// Run through run-tests.sh (ctest: worker.miniflare), which installs miniflare with `npm ci`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const depsDir = process.env.SWITCHYARD_WORKER_DEPS || here;
const requireFromDeps = createRequire(path.join(depsDir, "package.json"));
const { Miniflare } = await import(pathToFileURL(requireFromDeps.resolve("miniflare")).href);
const workerPath = path.resolve(here, "../../resources/worker/router.js");

// One origin: answers JSON naming itself, with what it received. Counts its hits.
function startOrigin(name) {
  const origin = { name, hits: 0, server: null, url: null };
  origin.server = http.createServer((req, res) => {
    origin.hits++;
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.url.startsWith("/redirect")) {
        res.writeHead(302, { Location: "/elsewhere" });
        res.end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json", "X-Origin": name });
      res.end(JSON.stringify({
        origin: name,
        method: req.method,
        url: req.url,
        body,
        forwardedHost: req.headers["x-forwarded-host"] ?? null,
        slotHeader: req.headers["x-switchyard-slot"] ?? null,
      }));
    });
  });
  return new Promise((resolve) => {
    origin.server.listen(0, "127.0.0.1", () => {
      origin.url = `http://127.0.0.1:${origin.server.address().port}`;
      resolve(origin);
    });
  });
}

const origins = {};
const instances = [];

function bindings(extra = {}) {
  return {
    WEB_A_ORIGIN: origins.webA.url,
    WEB_B_ORIGIN: origins.webB.url + "/", // a trailing slash must not double up
    FUNCTIONS_A_BASE: origins.fnA.url + "/functions/v1/",
    FUNCTIONS_B_BASE: origins.fnB.url + "/functions/v1/",
    ...extra,
  };
}

async function startWorker(extraBindings = {}) {
  const mf = new Miniflare({
    modules: true,
    scriptPath: workerPath,
    modulesRoot: path.dirname(workerPath),
    compatibilityDate: "2024-08-01",
    kvNamespaces: ["SWITCHYARD_KV"],
    bindings: bindings(extraBindings),
  });
  await mf.ready;
  instances.push(mf);
  const kv = await mf.getKVNamespace("SWITCHYARD_KV");
  return { mf, kv };
}

async function get(mf, pathAndQuery, init) {
  const response = await mf.dispatchFetch(`https://app.example.test${pathAndQuery}`, init);
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, json, text };
}

function totalHits() {
  return Object.values(origins).reduce((n, o) => n + o.hits, 0);
}

let main; // the instance without DEFAULT_SLOT

before(async () => {
  origins.webA = await startOrigin("web-a");
  origins.webB = await startOrigin("web-b");
  origins.fnA = await startOrigin("functions-a");
  origins.fnB = await startOrigin("functions-b");
  main = await startWorker();
});

after(async () => {
  for (const mf of instances) await mf.dispose();
  for (const o of Object.values(origins)) o.server.close();
});

test("web and functions traffic reach the slot ACTIVE_ENV names, and flip with it", async () => {
  await main.kv.put("ACTIVE_ENV", "A");
  let r = await get(main.mf, "/products/42?ref=mail");
  assert.equal(r.status, 200);
  assert.equal(r.json.origin, "web-a");
  assert.equal(r.json.url, "/products/42?ref=mail");
  assert.equal(r.json.forwardedHost, "app.example.test");
  assert.equal(r.json.slotHeader, "A");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "A");
  assert.equal(r.headers.get("X-Switchyard-Slot-Source"), "kv");
  assert.equal(r.headers.get("X-Origin"), "web-a", "origin headers pass through");

  r = await get(main.mf, "/functions/diag-health");
  assert.equal(r.json.origin, "functions-a");
  assert.equal(r.json.url, "/functions/v1/diag-health");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "A");

  await main.kv.put("ACTIVE_ENV", "B");
  r = await get(main.mf, "/products/42?ref=mail");
  assert.equal(r.json.origin, "web-b");
  assert.equal(r.json.url, "/products/42?ref=mail");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "B");
  r = await get(main.mf, "/functions/diag-health");
  assert.equal(r.json.origin, "functions-b");
  assert.equal(r.json.url, "/functions/v1/diag-health");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "B");

  // Rollback = set the key back.
  await main.kv.put("ACTIVE_ENV", "A");
  r = await get(main.mf, "/");
  assert.equal(r.json.origin, "web-a");
  assert.equal(r.json.url, "/");
});

test("the key may name the slot as A/B or blue/green, any case, with whitespace", async () => {
  const cases = [["a", "A"], [" B\n", "B"], ["blue", "A"], ["GREEN", "B"]];
  for (const [value, slot] of cases) {
    await main.kv.put("ACTIVE_ENV", value);
    const r = await get(main.mf, "/x");
    assert.equal(r.headers.get("X-Switchyard-Slot"), slot, `value ${JSON.stringify(value)}`);
    assert.equal(r.json.origin, slot === "A" ? "web-a" : "web-b");
  }
});

test("method, body and query reach the functions origin unchanged", async () => {
  await main.kv.put("ACTIVE_ENV", "B");
  const r = await get(main.mf, "/functions/orders/create?dry=1", {
    method: "POST",
    body: JSON.stringify({ item: 7 }),
    headers: { "Content-Type": "application/json" },
  });
  assert.equal(r.json.origin, "functions-b");
  assert.equal(r.json.method, "POST");
  assert.equal(r.json.url, "/functions/v1/orders/create?dry=1");
  assert.deepEqual(JSON.parse(r.json.body), { item: 7 });
});

test("/functions-a and /functions-b are pinned to their slot whatever the key says", async () => {
  await main.kv.put("ACTIVE_ENV", "A");
  let r = await get(main.mf, "/functions-b/diag-health");
  assert.equal(r.json.origin, "functions-b");
  assert.equal(r.json.url, "/functions/v1/diag-health");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "B");
  assert.equal(r.headers.get("X-Switchyard-Slot-Source"), "pinned");
  r = await get(main.mf, "/functions-a/diag-health");
  assert.equal(r.json.origin, "functions-a");
  // A path that merely starts with "functions" is web traffic.
  r = await get(main.mf, "/functionsx/page");
  assert.equal(r.json.origin, "web-a");
});

test("a missing key fails closed with 503 and touches no origin", async () => {
  await main.kv.delete("ACTIVE_ENV");
  const before = totalHits();
  for (const p of ["/", "/functions/diag-health"]) {
    const r = await get(main.mf, p);
    assert.equal(r.status, 503);
    assert.equal(r.json.error, "switchyard.no_active_slot");
    assert.equal(r.json.reason, "missing");
    assert.equal(r.headers.get("X-Switchyard-Slot"), null);
    assert.equal(r.headers.get("Retry-After"), "30");
  }
  assert.equal(totalHits(), before);
  const status = await get(main.mf, "/__switchyard/active");
  assert.equal(status.status, 503);
  assert.deepEqual(status.json, { slot: null, source: "default", reason: "missing", key: "ACTIVE_ENV" });
});

test("an invalid value fails closed with 503 (reason invalid)", async () => {
  for (const value of ["C", "", "A B", "prod"]) {
    await main.kv.put("ACTIVE_ENV", value);
    const r = await get(main.mf, "/");
    assert.equal(r.status, 503, `value ${JSON.stringify(value)}`);
    assert.equal(r.json.reason, "invalid");
  }
});

test("the status path names the live slot without touching an origin", async () => {
  await main.kv.put("ACTIVE_ENV", "green");
  const before = totalHits();
  const r = await get(main.mf, "/__switchyard/active");
  assert.equal(r.status, 200);
  assert.deepEqual(r.json, { slot: "B", source: "kv", reason: null, key: "ACTIVE_ENV" });
  assert.equal(r.headers.get("Cache-Control"), "no-store");
  assert.equal(totalHits(), before);
});

test("redirects from an origin pass through to the client", async () => {
  await main.kv.put("ACTIVE_ENV", "A");
  const r = await get(main.mf, "/redirect", { redirect: "manual" });
  assert.equal(r.status, 302);
  assert.equal(r.headers.get("Location"), "/elsewhere");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "A");
});

test("with DEFAULT_SLOT a missing or invalid key serves that slot, marked as default", async () => {
  const w = await startWorker({ DEFAULT_SLOT: "A", ACTIVE_KEY: "LIVE_COLOR" });
  let r = await get(w.mf, "/page");
  assert.equal(r.status, 200);
  assert.equal(r.json.origin, "web-a");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "A");
  assert.equal(r.headers.get("X-Switchyard-Slot-Source"), "default");
  await w.kv.put("LIVE_COLOR", "purple");
  r = await get(w.mf, "/functions/diag-health");
  assert.equal(r.json.origin, "functions-a");
  assert.equal(r.headers.get("X-Switchyard-Slot-Source"), "default");
  // The key name is configurable: ACTIVE_ENV means nothing to this instance.
  await w.kv.put("ACTIVE_ENV", "B");
  r = await get(w.mf, "/page");
  assert.equal(r.json.origin, "web-a");
  await w.kv.put("LIVE_COLOR", "B");
  r = await get(w.mf, "/page");
  assert.equal(r.json.origin, "web-b");
  assert.equal(r.headers.get("X-Switchyard-Slot-Source"), "kv");
});

test("an unreachable slot gives 502 and never fails over to the other slot", async () => {
  // A port that was just free: nothing listens there.
  const dead = http.createServer();
  await new Promise((resolve) => dead.listen(0, "127.0.0.1", resolve));
  const deadUrl = `http://127.0.0.1:${dead.address().port}`;
  await new Promise((resolve) => dead.close(resolve));

  const w = await startWorker({ WEB_B_ORIGIN: deadUrl });
  await w.kv.put("ACTIVE_ENV", "B");
  const before = origins.webA.hits;
  const r = await get(w.mf, "/");
  assert.equal(r.status, 502);
  assert.equal(r.json.error, "switchyard.upstream_unreachable");
  assert.equal(r.headers.get("X-Switchyard-Slot"), "B");
  assert.equal(origins.webA.hits, before);
});

test("a slot without a configured origin gives 502 naming the missing variable", async () => {
  const w = await startWorker({ FUNCTIONS_B_BASE: "" });
  await w.kv.put("ACTIVE_ENV", "B");
  const r = await get(w.mf, "/functions/diag-health");
  assert.equal(r.status, 502);
  assert.equal(r.json.error, "switchyard.slot_not_configured");
  assert.match(r.json.message, /FUNCTIONS_B_BASE/);
});
