// What the page's main thread did during a step, from a Chromium trace (CDP Tracing): its longest task in wall
// time and how much of that task was on a CPU. On this shared 2-core machine a task can be long on the clock
// while the thread waits for a core (the export worker, IndexedDB and other work hold both), which the
// PerformanceObserver's long-task figure cannot tell apart from work the page did.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: unknown; type?: string };
}

export interface MainThreadTrace {
  /** The longest task on the page's main thread, wall clock (ms). */
  longestMs: number;
  /** CPU time of that task (ms). */
  longestCpuMs: number;
  /** What ran in it: the top-level event under the task (GC, a timer, a message from a worker…). */
  longestWhat: string;
  /** The most CPU any one task used (ms). */
  mostCpuMs: number;
}

export async function traceMainThread(page: Page): Promise<() => Promise<MainThreadTrace>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const v of e.value as unknown as TraceEvent[]) if (v.ph === 'M' || ((v.dur ?? 0) > 1_000 && v.ph === 'X')) events.push(v);
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.gc,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' } as never);
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    // The page's main thread is the renderer main thread whose timers fire (the bench's watch ticks every 10 ms).
    const timers = new Map<string, number>();
    for (const e of events) if (e.name === 'TimerFire' && mains.has(`${e.pid}:${e.tid}`)) timers.set(`${e.pid}:${e.tid}`, (timers.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const main = [...timers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? [...mains][0];
    const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
    const tasks = onMain.filter((e) => e.name === 'RunTask');
    let longest: TraceEvent | undefined;
    let mostCpu = 0;
    for (const t of tasks) {
      if (!longest || t.dur! > longest.dur!) longest = t;
      mostCpu = Math.max(mostCpu, t.tdur ?? 0);
    }
    if (!longest) return { longestMs: 0, longestCpuMs: 0, longestWhat: 'none', mostCpuMs: 0 };
    const inner = onMain
      .filter((e) => e !== longest && e.ts >= longest!.ts && e.ts + (e.dur ?? 0) <= longest!.ts + longest!.dur! && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
      .sort((a, b) => b.dur! - a.dur!)[0];
    const what = inner ? (inner.name === 'MajorGC' || inner.name === 'MinorGC' ? `${inner.name} (${inner.args?.type ?? ''})` : inner.name) : 'task';
    return { longestMs: longest.dur! / 1000, longestCpuMs: (longest.tdur ?? 0) / 1000, longestWhat: what, mostCpuMs: mostCpu / 1000 };
  };
}
