// Runs the static mutants where each test file loads the sources afresh: those Stryker skipped as
// static (`ignoreStatic`) — and every mutant it reported surviving or uncovered, the same way.
//
// A static mutant changes code that runs once, when its module is loaded (a module-level
// `const f = () => …`, a table, a codec). Stryker's vitest runner switches mutants on while
// the modules are already loaded, so such a mutant never takes effect and is reported as
// survived whatever the tests do (stryker-js#6144, #6209). Here each one is written into a
// copy of the sources and the tests that import its file run, each test file in a fresh fork, under
// one long-lived vitest per copy (scripts/mutation-static-worker.mjs): a failing test kills it. The
// reports keep Stryker's format with these statuses, and the score printed at the end counts
// every mutant but those marked equivalent in the code (`// Stryker disable … : why`).
//
// A survivor that is not static is run again because Stryker picks the tests to run on a mutant
// from the coverage it recorded per test, and that record can miss a test that reaches the mutant:
// code that runs after an `await` in a test that mocks a module, for one. Here the mutant is in the
// source itself, and every test related to its file runs.
//
// A killed mutant is remembered by the content of its mutated file (reports/mutation/static-killed.json):
// a later run, after Stryker's next incremental run has reported it static again, counts it killed
// without running it, until its file changes. Survivors are always run again.
//
// usage: npm run mutation (after both Stryker runs) — or node scripts/mutation-static.mjs [--concurrency N] [--limit N] [--static-only]
import { transformSync } from 'esbuild'
import { execFile, execFileSync, fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = fileURLToPath(new URL('..', import.meta.url))
const execFileAsync = promisify(execFile)
const REPORTS = [
  ['reports/mutation/mutation.json', 'vitest.stryker.config.ts'],
  ['reports/mutation/mutation-fast.json', 'vitest.stryker-fast.config.ts'],
]
const arg = process.argv.indexOf('--concurrency')
const concurrency = arg > 0 ? Number(process.argv[arg + 1]) : 2
const limitArg = process.argv.indexOf('--limit')
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity
// Only the static mutants Stryker skipped: its survivors are better met first with tests and a Stryker
// run over their lines, which picks each mutant's tests from coverage (a survivor here runs every related
// test file, minutes for a module most tests import).
const staticOnly = process.argv.includes('--static-only')

/** The source with the mutant's replacement written over its location. */
const apply = (source, { location: { start, end }, replacement }) => {
  const lines = source.split('\n')
  // The report's positions are 1-based, lines and columns alike (mutation-testing-report-schema).
  const offset = (p) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1
  return source.slice(0, offset(start)) + replacement + source.slice(offset(end))
}

/**
 * Why a mutated source is no program, or undefined when it parses: such a mutant is a compile error
 * (Stryker's status, left out of the score), never a kill — a suite that cannot load the file fails
 * whatever the tests say.
 */
const syntaxError = (file, code) => {
  try {
    transformSync(code, { loader: file.endsWith('.ts') ? 'ts' : 'js', sourcefile: file })
    return undefined
  } catch (e) {
    return String(e instanceof Error ? e.message : e)
      .split('\n')
      .slice(0, 2)
      .join(' ')
  }
}

/** A copy of every tracked file (the suite reads fixtures, docs and examples), sharing node_modules. */
const workspace = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chat-webhooks-static-'))
  for (const file of execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    cpSync(join(root, file), join(dir, file))
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  // Some tests list the repository's files (git ls-files): the copy is a repository too, nothing committed.
  // Its node_modules is a link, which .gitignore's "node_modules/" (a folder) does not match.
  execFileSync('git', ['init', '-q'], { cwd: dir })
  writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n')
  execFileSync('git', ['add', '-A'], { cwd: dir })
  return dir
}

/** How long one mutant's tests may run before it counts as a timeout (an endless loop, say). */
const TIMEOUT_MS = 180_000

/**
 * A long-lived vitest in `dir` (scripts/mutation-static-worker.mjs). `run(file, code)` writes the
 * mutant, runs the tests that import `file` (`vitest related`), restores the file and answers
 * { killed, failure, timedOut }; `run()` runs the whole suite unmutated. A mutant only a test that does
 * not import its file could kill would be reported surviving: the error, if any, is on the safe side.
 */
const worker = (dir, config) => {
  let child
  let ready
  const start = () => {
    // Its own process group, so that a timeout kills the test forks along with it.
    child = fork(join(root, 'scripts/mutation-static-worker.mjs'), [dir, config], {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
    })
    ready = new Promise((resolve) => child.once('message', resolve))
  }
  start()
  const run = async (file, code) => {
    await ready
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.removeAllListeners('message')
        process.kill(-child.pid, 'SIGKILL')
        // The worker restores the file after a run; killed, it cannot.
        if (file !== undefined) writeFileSync(join(dir, file), readFileSync(join(root, file), 'utf8'))
        start()
        resolve({ killed: true, timedOut: true, failure: `no answer within ${TIMEOUT_MS / 1000} s` })
      }, TIMEOUT_MS)
      child.once('message', (answer) => {
        clearTimeout(timer)
        if (answer.error !== undefined) reject(new Error(`vitest failed in ${dir}: ${answer.error}`))
        else resolve({ ...answer, timedOut: false })
      })
      child.send({ file, code })
    })
  }
  const close = () => {
    child.disconnect()
  }
  return { run, close }
}

/** Stryker skips static mutants that no test covers (`ignoreStatic`), and says so in the reason (a result it reuses from an incremental run no longer carries the `static` flag). */
const IGNORED_AS_STATIC = (m) => m.status === 'Ignored' && String(m.statusReason).startsWith('Static mutant')

const jobs = []
for (const [report, config] of REPORTS) {
  const path = join(root, report)
  if (!existsSync(path)) continue
  const data = JSON.parse(readFileSync(path, 'utf8'))
  for (const [file, { source, mutants }] of Object.entries(data.files)) {
    for (const m of mutants)
      if (IGNORED_AS_STATIC(m)) jobs.push({ report: path, data, config, file, source, mutant: m })
      else if (!staticOnly && (m.status === 'Survived' || m.status === 'NoCoverage'))
        jobs.push({ report: path, data, config, file, source, mutant: m })
  }
}

// A file changed since its Stryker run: its mutants are positions in the old text. They are left as
// they are and listed, for the next `npm run mutation:files` over those files.
const stale = new Set(
  jobs
    .filter((j) => !existsSync(join(root, j.file)) || readFileSync(join(root, j.file), 'utf8') !== j.source)
    .map((j) => j.file),
)
if (stale.size > 0) console.log(`changed since their Stryker run, left out: ${[...stale].join(', ')}`)
jobs.splice(0, jobs.length, ...jobs.filter((j) => !stale.has(j.file)))

const LEDGER = join(root, 'reports/mutation/static-killed.json')
/** Keys of the mutated files whose suite failed: the same code is killed again. */
const ledger = new Set(existsSync(LEDGER) ? JSON.parse(readFileSync(LEDGER, 'utf8')) : [])
const keyOf = (job) =>
  createHash('sha256')
    .update(`${job.file}\u0000${apply(job.source, job.mutant)}`)
    .digest('hex')
const remembered = jobs.filter((job) => ledger.has(keyOf(job)))
for (const job of remembered) {
  job.mutant.status = 'Killed'
  job.mutant.statusReason = 'killed before by the same mutated code (scripts/mutation-static.mjs)'
}
jobs.splice(0, jobs.length, ...jobs.filter((job) => !remembered.includes(job)))
// Survivors first: they decide the score; the static mutants Stryker skipped mostly die.
jobs.sort((a, b) => Number(a.mutant.status === 'Ignored') - Number(b.mutant.status === 'Ignored'))
jobs.splice(limit)
console.log(
  `${jobs.length} mutants to run (static ones Stryker skipped, and those it reported surviving or uncovered), ${concurrency} at a time; ${remembered.length} killed before, same code`,
)

const workspaces = Array.from({ length: concurrency }, () => ({ dir: workspace(), workers: new Map() }))
/** The workspace's vitest for a config, started on first use. */
const workerOf = (space, config) => {
  if (!space.workers.has(config)) space.workers.set(config, worker(space.dir, config))
  return space.workers.get(config)
}
// Unmutated, the suites must pass in a copy, or every mutant would look killed.
for (const config of new Set(jobs.map((j) => j.config))) {
  const { killed: fails, failure } = await workerOf(workspaces[0], config).run()
  if (fails) {
    console.error(`the unmutated suite (${config}) fails in a copy of the sources (${failure}): fix that first`)
    process.exit(1)
  }
}
/** Runs the tests related to `file` with `code` in its place, in a vitest process of their own. */
const freshRun = async (dir, config, file, code) => {
  writeFileSync(join(dir, file), code)
  try {
    await execFileAsync(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'related', file, '--run', '--config', config],
      {
        cwd: dir,
        env: { ...process.env, CI: '1', NO_COLOR: '1' },
        timeout: TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    return { killed: false, failure: undefined }
  } catch (e) {
    const failed = /FAIL\s+(\S+)/.exec(String(e.stdout ?? ''))
    return { killed: true, failure: `in a vitest process of its own: ${failed ? failed[1] : 'the run failed'}` }
  } finally {
    writeFileSync(join(dir, file), readFileSync(join(root, file), 'utf8'))
  }
}

/** The reports keep Stryker's format, with the re-run statuses, so the score below counts them. */
const save = () => {
  for (const data of new Set([...jobs, ...remembered].map((j) => j.data)))
    writeFileSync([...jobs, ...remembered].find((j) => j.data === data).report, JSON.stringify(data))
  writeFileSync(LEDGER, JSON.stringify([...ledger].sort()))
}
// Stopped by hand (Ctrl-C): what was found so far is kept, and the copies go.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    save()
    for (const space of workspaces) rmSync(space.dir, { recursive: true, force: true })
    process.exit(130)
  })
let next = 0
let done = 0
let killed = 0
const survivors = []
const started = Date.now()
await Promise.all(
  workspaces.map(async (space) => {
    while (next < jobs.length) {
      const job = jobs[next++]
      const mutated = apply(job.source, job.mutant)
      const broken = syntaxError(job.file, mutated)
      if (broken !== undefined) {
        job.mutant.status = 'CompileError'
        job.mutant.statusReason = `does not compile (scripts/mutation-static.mjs): ${broken}`
        process.stdout.write('C')
        continue
      }
      let { killed: dies, timedOut, failure } = await workerOf(space, job.config).run(job.file, mutated)
      // A survivor is confirmed by a vitest process of its own: the long-lived one has been seen to miss
      // kills that a fresh run of the same related tests makes (some of the testing helpers' and of
      // OneRoute's verification, 2026-12-07; why is not known yet), and a false survivor costs a reader's time.
      if (!dies) ({ killed: dies, failure } = await freshRun(space.dir, job.config, job.file, mutated))
      // Stryker's own statuses: a failing suite kills the mutant, a passing one lets it survive; a suite
      // that runs past the limit is a timeout (an endless loop, say), which Stryker counts as detected too.
      if (!dies) {
        survivors.push(job)
        job.mutant.status = 'Survived'
        job.mutant.statusReason = 'survived its related tests, run in fresh forks (scripts/mutation-static.mjs)'
      } else {
        killed++
        ledger.add(keyOf(job))
        job.mutant.status = timedOut ? 'Timeout' : 'Killed'
        job.mutant.statusReason = `${timedOut ? 'timed out' : 'killed'} in fresh forks (scripts/mutation-static.mjs): ${failure}`
      }
      process.stdout.write(!dies ? 'S' : timedOut ? 'T' : '.')
      // Saved as it goes: a run stopped halfway keeps what it found, and the next one runs the rest.
      if (++done % 20 === 0) save()
    }
  }),
)
for (const space of workspaces) {
  for (const w of space.workers.values()) w.close()
  rmSync(space.dir, { recursive: true, force: true })
}
process.stdout.write(`\n${done} mutants in ${((Date.now() - started) / 60_000).toFixed(1)} min\n`)

save()

let total = { killed: 0, survived: 0, noCoverage: 0, waiting: 0, files: 0 }
for (const [report] of REPORTS) {
  const path = join(root, report)
  if (!existsSync(path)) continue
  for (const { mutants } of Object.values(JSON.parse(readFileSync(path, 'utf8')).files)) {
    total.files++
    for (const m of mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') total.killed++
      else if (m.status === 'Survived') total.survived++
      else if (m.status === 'NoCoverage') total.noCoverage++
      else if (IGNORED_AS_STATIC(m)) total.waiting++
    }
  }
}
for (const { file, mutant: m } of survivors)
  console.log(
    `survived: ${file}:${m.location.start.line}:${m.location.start.column} [${m.mutatorName}] → ${m.replacement.replace(/\s+/g, ' ').slice(0, 80)}`,
  )
const detected = total.killed
const all = total.killed + total.survived + total.noCoverage
console.log(`mutants run here: ${killed} killed, ${survivors.length} survived`)
console.log(
  `mutation score: ${((100 * detected) / all).toFixed(2)}% (${detected} of ${all} killed; ${total.survived} survived, ${total.noCoverage} not covered) over the ${total.files} files of the reports${total.waiting > 0 ? `; ${total.waiting} static mutants not run yet` : ''}`,
)
