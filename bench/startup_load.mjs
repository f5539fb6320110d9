// Prints how long the app takes at start-up to load the large workspace (5,000 accounts x 30
// contacts) from browser storage, over several reloads, and what else ran on the machine's cores
// meanwhile: the CPU time of each thread of every browser process during the load, from /proc.
// With --busy-core one core is kept busy by a spin loop (as on a machine where something else runs,
// or where the browser's GPU and compositor processes take one core), so the figure says what the
// load takes when effectively only one core is ours.
//   node bench/startup_load.mjs [--busy-core] [--runs N] [--site DIR] [--trace file.json]
// (after scripts/build-web.sh and the native build, which makes the large file)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn } from "node:child_process";
import { SITE, importWorkspace, launch, newProfileDir, openApp, snapshot, waitFor, waitSaved } from "../tests/e2e/harness.mjs";
import { startServer } from "../scripts/serve.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 7));
const site = path.resolve(option("--site", SITE));
const traceFile = option("--trace", null);
const profileFile = option("--profile", null);   // a CPU profile of the main thread in the last reload
const busy = args.includes("--busy-core");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// CPU time (ms) of every thread of every browser process, by "process type/thread name".
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString());
function browserThreadTimes() {
  const times = new Map();
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let cmdline;
    try { cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"); } catch { continue; }
    if (!cmdline.startsWith("/usr/lib/chromium/chromium") && !cmdline.startsWith("/usr/bin/chromium")) continue;
    const type = (cmdline.match(/--type=([a-z-]+)/) || [, "browser"])[1];
    let tasks = [];
    try { tasks = fs.readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tasks) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
        const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;   // utime + stime
        const key = `${type}/${name}`;
        times.set(`${pid}/${tid}`, { key, ms });
      } catch { /* the thread ended */ }
    }
  }
  return times;
}
function threadDeltas(before, after) {
  const byKey = new Map();
  for (const [id, { key, ms }] of after) {
    const d = ms - (before.get(id)?.ms ?? 0);
    if (d > 0) byKey.set(key, (byKey.get(key) ?? 0) + d);
  }
  return [...byKey].sort((a, b) => b[1] - a[1]);
}

// The main thread's task that loads the workspace (the one IndexedDB's read ends in: it marks
// kam:storage-read, then the app reads, checks and opens the workspace): its wall and CPU time.
function loadTask(events) {
  const threads = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}/${e.tid}`, e.args.name);
  const mark = events.find((e) => e.name === "kam:storage-read");
  const task = mark && events.find((e) => e.ph === "X" && e.name === "ThreadControllerImpl::RunTask" &&
    threads.get(`${e.pid}/${e.tid}`) === "CrRendererMain" && e.ts <= mark.ts && mark.ts <= e.ts + e.dur);
  return task ? { wall: task.dur / 1000, cpu: (task.tdur ?? NaN) / 1000 } : { wall: NaN, cpu: NaN };
}

async function startTrace(page, keep = true) {
  const cdp = await page.context().newCDPSession(page);
  const chunks = [];
  cdp.on("Tracing.dataCollected", (e) => chunks.push(...e.value));
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: { includedCategories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline",
      "disabled-by-default-devtools.timeline.frame", "blink.user_timing", "v8", "IndexedDB", "gpu", "viz", "cc",
      "__metadata"] },
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.end");
    await done;
    await cdp.detach();
    if (keep) fs.writeFileSync(traceFile, JSON.stringify({ traceEvents: chunks }));
    return loadTask(chunks);
  };
}

// Self time by function (wasm functions have names in a build linked with --profiling-funcs).
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
  await cdp.send("Profiler.start");
  return async () => {
    const { profile } = await cdp.send("Profiler.stop");
    fs.writeFileSync(profileFile, JSON.stringify(profile));
    const self = new Map(), byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, k) => {
      const name = byId.get(id).callFrame.functionName || "(anonymous)";
      self.set(name, (self.get(name) ?? 0) + (dt[k + 1] ?? 0) / 1000);
    });
    console.log(`  main thread CPU profile of the last reload (${profileFile}), self time:`);
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name.slice(0, 100)}`);
  };
}

const file = path.join(os.tmpdir(), "kam-bench-5000x30.json");
if (!fs.existsSync(file))
  execFileSync(path.resolve("build/native/bench_storage"), ["5000", "30", "--write", file], { stdio: "inherit" });
const server = await startServer(site, 0);
const url = `http://localhost:${server.address().port}/`;
const { context, page } = await launch(newProfileDir());
let spinner = null;
try {
  await openApp(page, url);
  await waitSaved(page);
  await importWorkspace(page, file);
  await waitFor(page, (s) => s.texts["accounts/count"] === "5000", "the import", 120000);
  await waitSaved(page, 120000);
  const saved = await snapshot(page);
  console.log(`site ${site}`);
  console.log(`autosave after the import: serialise + write ${Number(saved.texts["perf/save_ms"]).toFixed(0)} ms`);
  if (busy) {
    spinner = spawn("taskset", ["-c", "1", "sh", "-c", "while :; do :; done"], { stdio: "ignore" });
    console.log(`one core kept busy (pid ${spinner.pid}, pinned to core 1)`);
  }
  const loads = [], reads = [], frames = [], tasks = [], helperCpu = [];
  let threads = [];
  for (let i = 0; i < runs; i++) {
    await page.waitForTimeout(3000);   // IndexedDB settles after the previous start
    const stopTrace = await startTrace(page, traceFile && i === runs - 1);
    const stopProfile = profileFile && i === runs - 1 ? await startProfile(page) : null;
    const before = browserThreadTimes();
    await page.reload();
    await openApp(page, url);
    const s = await waitFor(page, (s) => s.texts["accounts/count"] === "5000", "the reload");
    const after = browserThreadTimes();
    helperCpu.push(threadDeltas(before, after).find(([key]) => key === "renderer/DedicatedWorker")?.[1] ?? 0);
    loads.push(Number(s.texts["perf/load_ms"]));
    reads.push(await page.evaluate(() => performance.getEntriesByName("kam:storage-read")[0]?.startTime ?? NaN));
    frames.push(await page.evaluate(() => window.kamFirstFrameAt));
    if (i === runs - 1) threads = threadDeltas(before, after);
    tasks.push(await stopTrace());
    if (stopProfile) await stopProfile();
  }
  const list = (xs) => xs.map((x) => x.toFixed(0)).join(", ");
  console.log(`load at start-up (read files, parse, validate, open) median ${median(loads).toFixed(0)} ms (runs ${list(loads)})`);
  console.log(`  storage read (IndexedDB into memory) at median ${median(reads).toFixed(0)} ms after navigation; ` +
              `first frame at median ${median(frames).toFixed(0)} ms`);
  console.log(`  the main thread's load task (Chrome trace): wall median ${median(tasks.map((t) => t.wall)).toFixed(0)} ms ` +
              `(runs ${list(tasks.map((t) => t.wall))}), CPU median ${median(tasks.map((t) => t.cpu)).toFixed(0)} ms ` +
              `(runs ${list(tasks.map((t) => t.cpu))}); the helper thread's CPU (from /proc, 10 ms steps) median ` +
              `${median(helperCpu).toFixed(0)} ms (runs ${list(helperCpu)})`);
  if (traceFile) console.log(`  trace of the last reload: ${traceFile}`);
  console.log("  CPU time of the browser's busiest threads from reload to the workspace on screen (last run):");
  for (const [key, ms] of threads.slice(0, 12)) console.log(`    ${key.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
} finally {
  if (spinner) process.kill(spinner.pid);
  await context.close();
  server.close();
}
