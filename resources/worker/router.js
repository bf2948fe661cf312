// Switchyard router Worker (ES module). Reads the Workers KV key ACTIVE_ENV and proxies every
// request to the live slot: web traffic to WEB_<SLOT>_ORIGIN, functions traffic to
// FUNCTIONS_<SLOT>_BASE. Bindings, routes and the behaviour when the key is missing or invalid are
// described in README.md beside this file; tests/worker/ runs it in miniflare (workerd).

const DEFAULT_KEY = "ACTIVE_ENV";
const SLOT_HEADER = "X-Switchyard-Slot";
const SOURCE_HEADER = "X-Switchyard-Slot-Source";
const STATUS_PATH = "/__switchyard/active";

// What the key may hold (trimmed, case-insensitive): the seeds' A/B, Switchyard's blue/green.
const SLOT_ALIASES = new Map([
  ["a", "A"],
  ["blue", "A"],
  ["b", "B"],
  ["green", "B"],
]);

// "A", "B" or null.
function parseSlot(value) {
  if (typeof value !== "string") return null;
  return SLOT_ALIASES.get(value.trim().toLowerCase()) ?? null;
}

// Which slot serves, and why: {slot, source: "kv"|"default", reason?, value?}. `slot` is null
// when the key is unusable and no DEFAULT_SLOT is configured.
async function resolveActive(env) {
  const key = env.ACTIVE_KEY || DEFAULT_KEY;
  let raw = null;
  let reason = null;
  if (!env.SWITCHYARD_KV) {
    reason = "no-kv-binding";
  } else {
    try {
      raw = await env.SWITCHYARD_KV.get(key);
      if (raw === null) reason = "missing";
    } catch (e) {
      reason = "kv-error";
    }
  }
  if (raw !== null) {
    const slot = parseSlot(raw);
    if (slot) return { slot, source: "kv", value: raw };
    reason = "invalid";
  }
  const fallback = parseSlot(env.DEFAULT_SLOT ?? "");
  return { slot: fallback, source: "default", reason, value: raw };
}

// Which route a path takes: {kind: "web"|"functions", pinned: "A"|"B"|null, rest}.
function route(pathname) {
  const m = /^\/functions(?:-(a|b))?(?:\/(.*))?$/i.exec(pathname);
  if (!m) return { kind: "web", pinned: null, rest: pathname };
  return { kind: "functions", pinned: m[1] ? m[1].toUpperCase() : null, rest: m[2] ?? "" };
}

function trimTrailingSlash(s) {
  return s.endsWith("/") ? s.slice(0, -1) : s;
}

function jsonResponse(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers },
  });
}

// The URL a request goes to on `slot`, or null when that slot's origin is not configured.
function upstreamUrl(env, slot, r, search) {
  if (r.kind === "web") {
    const origin = env[`WEB_${slot}_ORIGIN`];
    if (!origin) return null;
    return trimTrailingSlash(origin) + r.rest + search;
  }
  const base = env[`FUNCTIONS_${slot}_BASE`];
  if (!base) return null;
  // The base is a prefix: ".../functions/v1/" (one project per slot) or ".../functions/v1/a-"
  // (one project, function prefixes). The rest of the path is appended as it is.
  return base + r.rest + search;
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const active = await resolveActive(env);
    const sourceHeaders = { [SOURCE_HEADER]: active.source };

    if (url.pathname === STATUS_PATH) {
      return jsonResponse(active.slot ? 200 : 503, {
        slot: active.slot,
        source: active.source,
        reason: active.reason ?? null,
        key: env.ACTIVE_KEY || DEFAULT_KEY,
      }, active.slot ? { [SLOT_HEADER]: active.slot, ...sourceHeaders } : sourceHeaders);
    }

    const r = route(url.pathname);
    const slot = r.pinned ?? active.slot;
    if (!slot) {
      // Fail closed: never guess a slot that was not named (it may be unverified).
      return jsonResponse(503, {
        error: "switchyard.no_active_slot",
        reason: active.reason,
        message: `The router key ${env.ACTIVE_KEY || DEFAULT_KEY} is ${active.reason} and no DEFAULT_SLOT is set.`,
      }, { "Retry-After": "30", ...sourceHeaders });
    }
    const headers = { [SLOT_HEADER]: slot, [SOURCE_HEADER]: r.pinned ? "pinned" : active.source };

    const target = upstreamUrl(env, slot, r, url.search);
    if (!target) {
      return jsonResponse(502, {
        error: "switchyard.slot_not_configured",
        message: `No ${r.kind === "web" ? `WEB_${slot}_ORIGIN` : `FUNCTIONS_${slot}_BASE`} is set.`,
      }, headers);
    }

    const forwarded = new Request(target, request);
    forwarded.headers.set("X-Forwarded-Host", url.host);
    forwarded.headers.set("X-Forwarded-Proto", url.protocol.replace(":", ""));
    forwarded.headers.set(SLOT_HEADER, slot);

    let upstream;
    try {
      upstream = await fetch(forwarded, { redirect: "manual" });
    } catch (e) {
      // No failover to the other slot: that would silently serve a release nobody switched to.
      return jsonResponse(502, {
        error: "switchyard.upstream_unreachable",
        slot,
        message: `Slot ${slot} did not answer: ${e && e.message ? e.message : e}`,
      }, headers);
    }
    const response = new Response(upstream.body, upstream);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  },
};
