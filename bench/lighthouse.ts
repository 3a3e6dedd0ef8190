/**
 * `npx tsx bench/lighthouse.ts [runs]`: builds Facet, serves the build locally and runs Lighthouse's
 * performance audit on it (mobile, simulated throttling: Lighthouse's defaults) in the headless Chromium of
 * scripts/browser.ts, `runs` times (default 3). Prints each run and the median of first contentful paint,
 * largest contentful paint, total blocking time, speed index and the score, what Lighthouse counts as
 * render-blocking, and writes artifacts/lighthouse.json. Issue 9's bars: FCP ≤ 1.2 s, score ≥ 95.
 *
 * Lighthouse is not a dependency of the project. Install it on its own, e.g.
 *   mkdir -p /tmp/lh && cd /tmp/lh && npm i lighthouse@12.8
 * (12.x runs on Node 20; 13 needs Node 22) and point LIGHTHOUSE_DIR at that folder (default /tmp/lh).
 * `--no-build` measures the dist/ that is there; `--dir=path` another build (e.g. of an older commit);
 * `--query=?labels=1` measures that link instead of the bare address; `--tasks` also lists each run's long tasks (what total blocking time is made of); `--reports` writes each
 * run's whole report to artifacts/lighthouse-run-N.json, `--traces` its trace to artifacts/lighthouse-trace-N.json.
 * `--baseline=<page>` builds and measures instead one of the pages in bench/lighthouse-baselines/: the bench's
 * minimal page, one box in react-three-fiber with drei's camera controls (`r3f`: what the stack costs alone); the
 * bench's one box in plain three.js with a heading, drawn on the page's thread (`main-thread`) or in a worker through
 * an OffscreenCanvas (`worker`), or a heavier scene (eight programs, 230 k triangles, four frames) drawn
 * either way (`main-heavy`, `worker-heavy`): what the score is made of on this machine, see the README.
 * `--chromium-flags="…"` adds flags to the browser's (e.g. `--disable-3d-apis`: Facet with no WebGL at all).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { launchChromium, serveBuilt } from '../scripts/browser'

const LIGHTHOUSE_DIR = process.env.LIGHTHOUSE_DIR ?? '/tmp/lh'
const args = process.argv.slice(2)
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3)

interface LighthouseResult {
  lhr: {
    lighthouseVersion: string
    categories: { performance: { score: number | null } }
    audits: Record<
      string,
      {
        numericValue?: number
        displayValue?: string
        details?: { items?: { url?: string; wastedMs?: number; duration?: number; startTime?: number }[] }
      }
    >
  }
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>

async function loadLighthouse(): Promise<Lighthouse> {
  const entry = join(resolve(LIGHTHOUSE_DIR), 'node_modules', 'lighthouse', 'core', 'index.js')
  try {
    return (await import(pathToFileURL(entry).href)).default as Lighthouse
  } catch (error) {
    console.error(
      `Lighthouse is not installed in ${LIGHTHOUSE_DIR} (${String(error).split('\n')[0]}).\n` +
        'It is not a dependency of the project: install it on its own and run this again, e.g.\n' +
        '  mkdir -p /tmp/lh && cd /tmp/lh && npm i lighthouse@12.8\n' +
        '(12.x runs on Node 20, 13 needs Node 22), or set LIGHTHOUSE_DIR to a folder where it is installed.',
    )
    process.exit(2)
  }
}

/** A free local port for Chromium's remote debugging, which Lighthouse drives. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const lighthouse = await loadLighthouse()
const baseline = args.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length)
if (baseline !== undefined && !existsSync(`bench/lighthouse-baselines/${baseline}/index.html`))
  throw new Error(`--baseline=${baseline}: no such page in bench/lighthouse-baselines/`)
if (baseline)
  await build({
    root: `bench/lighthouse-baselines/${baseline}`,
    base: './',
    logLevel: 'warn',
    build: { outDir: `../../dist-lighthouse-${baseline}`, emptyOutDir: true },
  })
const dir = baseline
  ? `bench/dist-lighthouse-${baseline}`
  : args.find((a) => a.startsWith('--dir='))?.slice('--dir='.length)
/** `--chromium-flags="--disable-3d-apis …"`: flags added to the browser's, for experiments (what without WebGL?). */
const extraFlags = (args.find((a) => a.startsWith('--chromium-flags='))?.slice('--chromium-flags='.length) ?? '')
  .split(' ')
  .filter(Boolean)
/** `--query=?s=L4`: the link measured (default the bare address: the home view). */
const query = args.find((a) => a.startsWith('--query='))?.slice('--query='.length) ?? ''
if (!dir && !args.includes('--no-build')) await build({ logLevel: 'warn' })
const server = await serveBuilt(dir ?? 'dist')
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
} as const
type Run = Record<keyof typeof METRICS, number> & { score: number; renderBlocking: string[]; longTasks: string[] }
const results: Run[] = []
let version = ''
mkdirSync('artifacts', { recursive: true })
try {
  for (let i = 0; i < runs; i++) {
    const port = await freePort()
    const browser = await launchChromium([`--remote-debugging-port=${port}`, ...extraFlags])
    try {
      const result = await lighthouse(`${server.url}${query}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      })
      if (!result) throw new Error('Lighthouse returned no result')
      const { lhr } = result
      version = lhr.lighthouseVersion
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
      const run: Run = {
        fcpMs: metric(METRICS.fcpMs),
        lcpMs: metric(METRICS.lcpMs),
        tbtMs: metric(METRICS.tbtMs),
        speedIndexMs: metric(METRICS.speedIndexMs),
        score: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
        renderBlocking: (lhr.audits['render-blocking-resources']?.details?.items ?? []).map(
          (item) => `${item.url?.replace(server.url, '/')} (${Math.round(item.wastedMs ?? 0)} ms)`,
        ),
        // what total blocking time is made of: the main thread's long tasks (simulated durations)
        longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map(
          (item) =>
            `${Math.round(item.duration ?? 0)} ms at ${Math.round(item.startTime ?? 0)} (${item.url?.replace(server.url, '/') ?? '?'})`,
        ),
      }
      results.push(run)
      // the whole report, for the audits the summary leaves out (mainthread-work-breakdown, bootup-time…)
      if (args.includes('--reports'))
        writeFileSync(`artifacts/lighthouse-run-${i + 1}.json`, JSON.stringify(lhr, null, 2))
      // the run's own trace, to read what a long task was made of (scripts that read it: see the note above)
      const trace = (result as { artifacts?: { Trace?: unknown; traces?: Record<string, unknown> } }).artifacts
      if (args.includes('--traces') && trace)
        writeFileSync(
          `artifacts/lighthouse-trace-${i + 1}.json`,
          JSON.stringify(trace.Trace ?? trace.traces?.defaultPass),
        )
      console.log(
        `run ${i + 1}: FCP ${(run.fcpMs / 1000).toFixed(2)} s, LCP ${(run.lcpMs / 1000).toFixed(2)} s, ` +
          `TBT ${Math.round(run.tbtMs)} ms, SI ${(run.speedIndexMs / 1000).toFixed(2)} s, score ${run.score}` +
          (run.renderBlocking.length ? `; render-blocking: ${run.renderBlocking.join(', ')}` : ''),
      )
      if (args.includes('--tasks')) console.log(`  long tasks: ${run.longTasks.join('; ')}`)
    } finally {
      await browser.close()
    }
  }
} finally {
  await server.close()
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN
const summary = {
  fcpMs: median(results.map((r) => r.fcpMs)),
  lcpMs: median(results.map((r) => r.lcpMs)),
  tbtMs: median(results.map((r) => r.tbtMs)),
  speedIndexMs: median(results.map((r) => r.speedIndexMs)),
  score: median(results.map((r) => r.score)),
}
const bars = { fcpWithin1_2s: summary.fcpMs <= 1200, scoreAtLeast95: summary.score >= 95 }
mkdirSync('artifacts', { recursive: true })
writeFileSync(
  baseline ? `artifacts/lighthouse-${baseline}.json` : 'artifacts/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), lighthouse: version, runs: results, summary, bars }, null, 2),
)
console.log(
  `\nLighthouse ${version}, mobile (simulated throttling), ${baseline ? `baseline page (${baseline})` : dir ? dir : 'Facet'}, median of ${results.length}: ` +
    `FCP ${(summary.fcpMs / 1000).toFixed(2)} s, LCP ${(summary.lcpMs / 1000).toFixed(2)} s, ` +
    `TBT ${Math.round(summary.tbtMs)} ms, SI ${(summary.speedIndexMs / 1000).toFixed(2)} s, score ${summary.score}`,
)
console.log(
  'bars:',
  Object.entries(bars)
    .map(([k, v]) => `${k} ${v ? 'PASS' : 'FAIL'}`)
    .join(', '),
)
