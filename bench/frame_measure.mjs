// Frames as the user feels them, for the browser benchmarks (TOOLCHAIN.md; the method of
// ../shared/bench/side_by_side.mjs): a Chrome trace's compositor frames and the renderer main
// thread's busy time between them, and the CPU time of all the browser's processes (the GPU
// process draws software WebGL) from /proc.
import fs from "node:fs";

export const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline.frame", "disabled-by-default-devtools.timeline"];
export const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

// CPU ms of the browser's processes so far: all (user and system) and system only.
export function browserCpu(profile) {
  const procs = new Map();
  let root = 0;
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // clock ticks of 10 ms
      procs.set(Number(d), { ppid: Number(rest[1]), user: Number(rest[11]) * 10, system: Number(rest[12]) * 10 });
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, "utf8");
      if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes("--type=")) root = Number(d);
    } catch (e) { /* gone */ }
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) if (!tree.has(pid) && tree.has(p.ppid)) { tree.add(pid); grew = true; }
  }
  const cpu = { total: 0, system: 0 };
  for (const pid of tree) {
    const p = procs.get(pid);
    if (p) cpu.total += p.user + p.system, cpu.system += p.system;
  }
  return cpu;
}

// Runs 'steps' (each marks itself in the trace with console.timeStamp("bench:step")) in a trace and
// returns the frames between the first and the last mark: DrawFrame events of the page's compositor,
// and per frame the top-level RunTask time on the renderer main thread.
export async function tracedSteps(page, steps) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  const onData = (d) => { for (const e of d.value) events.push(e); };
  cdp.on("Tracing.dataCollected", onData);
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: "recordAsMuchAsPossible" },
                                    transferMode: "ReportEvents" });
  await steps();
  await page.waitForTimeout(300);
  await cdp.send("Tracing.end");
  await complete;
  cdp.off("Tracing.dataCollected", onData);
  await cdp.detach();
  const marks = events.filter((e) => e.name === "TimeStamp" && e.args?.data?.message === "bench:step");
  if (marks.length < 2) throw new Error("no step marks in the trace");
  const { pid, tid } = marks[0];
  const start = Math.min(...marks.map((e) => e.ts)), end = Math.max(...marks.map((e) => e.ts));
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  const frames = events.filter((e) => e.name === "DrawFrame" && e.pid === pid && e.ts >= start && e.ts <= end).map((e) => e.ts)
    .sort((a, b) => a - b);
  const busy = (a, b, list = top) => list.reduce((sum, t) => (t.ts >= a && t.ts < b ? sum + t.dur : sum), 0) / 1000;
  // The compositor commit: for a WebGL canvas drawn by SwiftShader it holds the read-back of each frame.
  const commits = events.filter((e) => e.name === "Commit" && e.ph === "X" && e.pid === pid && e.tid === tid);
  const perFrame = [], intervals = [];
  for (let i = 1; i < frames.length; i++) {
    perFrame.push(busy(frames[i - 1], frames[i]));
    intervals.push((frames[i] - frames[i - 1]) / 1000);
  }
  return { frames: frames.length, fps: (frames.length - 1) / ((frames.at(-1) - frames[0]) / 1e6), perFrame, intervals,
           busyShare: busy(start, end) / ((end - start) / 1000), commitShare: busy(start, end, commits) / busy(start, end) };
}
