// page.js runs one scenario of testdata/webclient in the vendor's browser
// client and posts what it saw to the Go program (report, JSON). What it
// records, in the order it happened:
//
//   {kind: "resolved", value: CALL}            a call that resolved
//   {kind: "thrown", value: e.message}         the call that threw (the last one run)
//   {kind: "code", value: e.errorCode}         if it is a number
//   {kind: "lts", value: e.ltsErrorCode}       if it is a number
//   {kind: "keys", value: JSON of Object.keys(e)}
//   {kind: "own", value: JSON of Object.getOwnPropertyNames(e)}
//   {kind: "prop", name, value: JSON}          each own property but message and stack, and
//                                              errorCode and ltsErrorCode where they are numbers;
//                                              String(value) where JSON has none (undefined)
//   {kind: "pending", value: CALL}             a call still unsettled after cfg.stepTimeout ms
//   {kind: "result", format, text}             a barcode found
//   {kind: "exception", code, value: message}  a result's or capture's exception
//   {kind: "warn" | "error" | "log", value, source: "page" | "worker"}
//                                              every console call, info and debug as log
//   {kind: "uncaught", value}                  an error or rejection no one caught
//
// It runs no scenario logic of its own beyond the calls config.json lists.
"use strict";

(async () => {
  const events = [];
  // t: milliseconds since the page began to load, for the progress output.
  const note = (ev) => events.push(Object.assign(ev, { t: Math.round(performance.now()) }));

  // Console text: strings as they are, Errors as String(e) ("Error: ..."),
  // anything else as JSON (or String where JSON fails), joined by spaces as
  // the console shows them.
  const text = (args) => args.map((a) => {
    if (typeof a === "string") return a;
    if (a instanceof Error) return String(a);
    try {
      const j = JSON.stringify(a);
      return j === undefined ? String(a) : j;
    } catch (e) {
      return String(a);
    }
  }).join(" ");
  const levels = { log: "log", info: "log", debug: "log", warn: "warn", error: "error" };
  for (const level of Object.keys(levels)) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      note({ kind: levels[level], value: text(args), source: "page" });
      original(...args);
    };
  }
  addEventListener("error", (e) => note({ kind: "uncaught", value: String(e.message) }));
  addEventListener("unhandledrejection", (e) => {
    const r = e.reason;
    note({ kind: "uncaught", value: r && r.message !== undefined ? String(r.message) : String(r) });
  });

  const report = async (extra) => {
    const body = JSON.stringify(Object.assign({ events }, extra));
    await fetch("report", { method: "POST", headers: { "Content-Type": "application/json" }, body });
  };

  let cfg;
  try {
    cfg = await (await fetch("config.json")).json();
  } catch (e) {
    await report({ failure: "config.json: " + e });
    return;
  }

  // The client's workers: each classic worker the page starts runs a
  // prelude first that wraps its console the same way and sends what it
  // logs here over a BroadcastChannel, then the vendor's script itself
  // (importScripts). The client passes its workers absolute paths, so the
  // blob URL changes nothing it reads.
  // Each prelude says hello first, so that the report tells how many of
  // the workers started were wrapped.
  const workers = { started: [], hello: [] };
  if (cfg.wrapWorkers) {
    const channel = new BroadcastChannel(cfg.channel);
    channel.onmessage = (m) => {
      if (m.data.kind === "hello") workers.hello.push(m.data.value);
      else note({ kind: m.data.kind, value: m.data.value, source: "worker" });
    };
    const prelude = (script) => `"use strict";
const channel = new BroadcastChannel(${JSON.stringify(cfg.channel)});
channel.postMessage({ kind: "hello", value: ${JSON.stringify(script)} });
const text = ${text.toString()};
const levels = ${JSON.stringify(levels)};
for (const level of Object.keys(levels)) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    try { channel.postMessage({ kind: levels[level], value: text(args) }); } catch (e) {}
    original(...args);
  };
}
importScripts(${JSON.stringify(script)});
`;
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url, options) {
        if (options && options.type === "module") {
          note({ kind: "log", value: "webclient: a module worker, not wrapped: " + url, source: "page" });
          super(url, options);
          return;
        }
        const script = new URL(String(url), location.href).href;
        workers.started.push(script);
        super(URL.createObjectURL(new Blob([prelude(script)], { type: "text/javascript" })), options);
      }
    };
  }

  // The barcode: Code 128 bar and space widths in modules (from the Go
  // program's encoder), drawn black on white with a quiet zone.
  const canvas = document.createElement("canvas");
  {
    const m = cfg.module, quiet = 10 * m, height = 120;
    const total = cfg.code128.reduce((a, b) => a + b, 0);
    canvas.width = total * m + 2 * quiet;
    canvas.height = height + 2 * quiet;
    const g = canvas.getContext("2d");
    g.fillStyle = "#fff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = "#000";
    let x = quiet;
    cfg.code128.forEach((w, i) => {
      if (i % 2 === 0) g.fillRect(x, quiet, w * m, height);
      x += w * m;
    });
    document.body.appendChild(canvas);
  }

  // Load the client: its scripts one after the other, as script tags in
  // that order would.
  try {
    for (const src of cfg.scripts) {
      await new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = src;
        s.onload = resolve;
        s.onerror = () => reject(new Error("could not load " + src));
        document.head.appendChild(s);
      });
    }
  } catch (e) {
    await report({ failure: String(e) });
    return;
  }

  const STOP = {};
  const step = async (call, f) => {
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(STOP), cfg.stepTimeout); });
    let value;
    try {
      value = await Promise.race([Promise.resolve().then(f), timeout]);
    } catch (e) {
      clearTimeout(timer);
      note({ kind: "thrown", value: e && e.message !== undefined ? String(e.message) : String(e) });
      const isObject = e !== null && (typeof e === "object" || typeof e === "function");
      const numbered = (name) => isObject && typeof e[name] === "number" && Object.prototype.hasOwnProperty.call(e, name);
      if (numbered("errorCode")) note({ kind: "code", value: String(e.errorCode) });
      if (numbered("ltsErrorCode")) note({ kind: "lts", value: String(e.ltsErrorCode) });
      note({ kind: "keys", value: JSON.stringify(isObject ? Object.keys(e) : []) });
      const own = isObject ? Object.getOwnPropertyNames(e) : [];
      note({ kind: "own", value: JSON.stringify(own) });
      for (const name of own) {
        if (name === "message" || name === "stack" || ((name === "errorCode" || name === "ltsErrorCode") && numbered(name))) continue;
        let value;
        try {
          const v = e[name];
          const j = JSON.stringify(v);
          value = j === undefined ? String(v) : j;
        } catch (err) {
          value = "(unreadable: " + String(err) + ")";
        }
        note({ kind: "prop", name, value });
      }
      throw STOP;
    }
    clearTimeout(timer);
    if (value === STOP) {
      note({ kind: "pending", value: call });
      throw STOP;
    }
    note({ kind: "resolved", value: call });
    return value;
  };

  const versions = {};
  const D = window.Dynamsoft;
  // The engine resource paths the scripts settled on as they loaded: where
  // the client's worker will load each module from, and which version it
  // expects there.
  const resources = {};
  if (cfg.router && D.Core && D.Core.CoreModule) {
    const paths = D.Core.CoreModule.engineResourcePaths || {};
    for (const name of Object.keys(paths)) {
      const p = paths[name];
      resources[name] = typeof p === "string" ? { version: "", path: p } : { version: String(p.version || ""), path: String(p.path) };
    }
  }
  // Each module's version, read once an instance exists and again once
  // capture settled: 10.4 loads the barcode reader's worker code and wasm
  // only then.
  let router;
  const readVersions = () => {
    for (const ns of Object.keys(D).sort()) {
      for (const name of Object.keys(D[ns] || {}).sort()) {
        const m = D[ns][name];
        if (!/Module$/.test(name) || !m || typeof m.getVersion !== "function") continue;
        try {
          versions["Dynamsoft." + ns + "." + name] = text([m.getVersion()]);
        } catch (e) { /* a module that is not loaded */ }
      }
    }
  };
  try {
    if (cfg.router) {
      const LM = D.License.LicenseManager;
      if (cfg.licenseServer) LM.licenseServer = cfg.licenseServer;
      if (cfg.callInit) await step("initLicense", () => LM.initLicense(cfg.key, { executeNow: true }));
      await step("createInstance", async () => { router = await D.CVR.CaptureVisionRouter.createInstance(); return router; });
      readVersions();
      const result = await step("capture", () => cfg.template ? router.capture(canvas, cfg.template) : router.capture(canvas));
      for (const item of result.items || []) {
        if (item.text !== undefined) note({ kind: "result", format: String(item.formatString), text: String(item.text) });
      }
      if (result.errorCode) note({ kind: "exception", code: String(result.errorCode), value: String(result.errorString) });
    } else {
      const BR = D.DBR.BarcodeReader;
      if (cfg.licenseServer) BR.licenseServer = cfg.licenseServer;
      if (cfg.callInit) BR.license = cfg.key;
      const reader = await step("createInstance", () => BR.createInstance());
      versions["Dynamsoft.DBR.BarcodeReader.version"] = text([BR.version]);
      const results = await step("decode", () => reader.decode(canvas));
      for (const r of results) {
        note({ kind: "result", format: String(r.barcodeFormatString), text: String(r.barcodeText) });
        if (r.exception != null) {
          const ex = r.exception;
          note(typeof ex === "object"
            ? { kind: "exception", code: String(ex.code), value: String(ex.message) }
            : { kind: "exception", code: "", value: String(ex) });
        }
      }
    }
  } catch (e) {
    if (e !== STOP) note({ kind: "uncaught", value: "page: " + (e && e.message !== undefined ? e.message : String(e)) });
  }
  if (router) readVersions();
  // Let every worker started say hello (for at most 5 s), then let late
  // console calls of the workers arrive.
  for (let waited = 0; workers.hello.length < workers.started.length && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, cfg.settle));
  await report({ versions, resources, workers });
})();
