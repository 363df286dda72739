// One long-lived vitest for scripts/mutation-static.mjs: it runs mutant after mutant in one copy of the
// sources, and is started once instead of once per mutant.
//
// Starting vitest (its Vite server, the transform of every test and source file) was most of the
// ~15 s a mutant took in a fresh process. Here the server lives on: for each mutant the mutated file
// is written, invalidated in Vite's module graph, and the tests related to it run in fresh forks
// (`isolate`, as in `npm test`), so each test file loads the mutated module from scratch — which a
// static mutant needs (module-level code runs once per load) and Stryker's runner cannot do
// (stryker-js#6144).
//
// The related tests run one file at a time, those that killed an earlier mutant of the same source
// file first, and the run stops at the first failure (`bail`): a mutant most tests would kill costs
// one test file. A mutant that loops forever is the parent's to stop (it kills this process group).
//
// Protocol (Node IPC): the parent sends { file, code } for a mutant, and {} to run the whole suite
// unmutated; this answers { killed, failure } with the first failing test or error, or { error } when
// vitest itself failed (the parent stops: no verdict can be drawn from it).
//
// usage: started by scripts/mutation-static.mjs as `node scripts/mutation-static-worker.mjs <dir> <config>`
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { createVitest } from 'vitest/node'

const [dir, config] = process.argv.slice(2)

/** Per source file, the test files that killed its mutants, the latest first. */
const killers = new Map()
/** The order of the current run's test files (a Map from module id to rank). */
let rank = new Map()

/** Vitest's sequencer interface: the files in the order `rank` gives. */
class Ranked {
  async shard(files) {
    return files
  }
  async sort(files) {
    return [...files].sort((a, b) => (rank.get(a.moduleId) ?? Infinity) - (rank.get(b.moduleId) ?? Infinity))
  }
}

const vitest = await createVitest('test', {
  root: dir,
  config: join(dir, config),
  watch: false,
  bail: 1,
  maxWorkers: 1,
  fileParallelism: false,
  // No reporter output: the answer goes back over IPC, and the tests' console stays quiet.
  reporters: [{}],
  sequence: { sequencer: Ranked },
  cache: false,
})

/** The test files that import `file`, directly or not (what `vitest related` picks), found once per file. */
const relatedCache = new Map()
const related = async (file) => {
  let specs = relatedCache.get(file)
  if (specs === undefined) {
    vitest.config.related = [file]
    specs = await vitest.getRelevantTestSpecifications()
    vitest.config.related = undefined
    relatedCache.set(file, specs)
  }
  return specs
}

/** Errors outside tests already counted: vitest's state keeps them from run to run. */
const seenErrors = new Set()

/**
 * The first thing that failed in a run of `ran` (module ids), to say why a mutant counts as killed.
 * Vitest answers a run with the state of every test file it has run so far: a file of an earlier run,
 * failed under an earlier mutant, must not count for this one.
 */
const firstFailure = (result, ran) => {
  const errors = result.unhandledErrors.filter((e) => !seenErrors.has(e))
  for (const e of result.unhandledErrors) seenErrors.add(e)
  for (const module of result.testModules) {
    if (!ran.has(module.moduleId) || module.state() !== 'failed') continue
    const test = [...module.children.allTests('failed')][0]
    const where = relative(dir, module.moduleId)
    if (test !== undefined) return { module: module.moduleId, text: `${where} > ${test.fullName}` }
    const error = module.errors()[0]
    return { module: module.moduleId, text: `${where}: ${error?.message?.split('\n')[0] ?? 'failed to load'}` }
  }
  const error = errors[0]
  if (error !== undefined)
    return { module: undefined, text: `unhandled: ${String(error?.message ?? error).split('\n')[0]}` }
  return undefined
}

/**
 * How long each test file took in the last `npm test` (vitest's cache of results, keyed by the file's
 * path; Infinity when unknown). Read once: the workers run with the cache off, so that two of them never
 * write it at once.
 */
const durations = new Map()
const caches = join(dir, 'node_modules/.vite/vitest')
for (const cache of existsSync(caches) ? readdirSync(caches, { withFileTypes: true }) : [])
  if (cache.isDirectory() && existsSync(join(cache.parentPath, cache.name, 'results.json')))
    for (const [key, result] of JSON.parse(readFileSync(join(cache.parentPath, cache.name, 'results.json'), 'utf8'))
      .results)
      durations.set(key.slice(key.indexOf(':') + 1), result?.duration ?? Infinity)
const took = (spec) => durations.get(relative(dir, spec.moduleId)) ?? Infinity

/** Runs the tests of `file` (all of them when undefined); answers the result and the module ids run. */
const runFor = async (file) => {
  if (file === undefined) {
    const all = await vitest.getRelevantTestSpecifications()
    return [await vitest.runTestSpecifications(all), new Set(all.map((s) => s.moduleId))]
  }
  const abs = join(dir, file)
  const specs = await related(abs)
  // The test named after the file next, then the others; earlier killers before all.
  const own = basename(file).replace(/\.ts$/, '.test.ts')
  const order = [
    ...(killers.get(file) ?? []),
    ...specs.filter((s) => basename(s.moduleId) === own).map((s) => s.moduleId),
    // The quick ones first: most mutants die to the first test file that reads their code.
    ...specs
      .map((s) => ({ id: s.moduleId, took: took(s) }))
      .sort((a, b) => a.took - b.took)
      .map((s) => s.id),
  ]
  rank = new Map()
  for (const id of order) if (!rank.has(id)) rank.set(id, rank.size)
  return [await vitest.runTestSpecifications(specs), new Set(specs.map((s) => s.moduleId))]
}

process.on('message', async (message) => {
  const abs = message.file === undefined ? undefined : join(dir, message.file)
  const original = abs === undefined ? undefined : readFileSync(abs, 'utf8')
  try {
    if (message.code !== undefined) {
      writeFileSync(abs, message.code)
      vitest.invalidateFile(abs)
    }
    const [result, ran] = await runFor(message.file)
    const failure = firstFailure(result, ran)
    if (failure?.module !== undefined && message.code !== undefined)
      killers.set(message.file, [
        failure.module,
        ...(killers.get(message.file) ?? []).filter((m) => m !== failure.module),
      ])
    process.send({ killed: failure !== undefined, failure: failure?.text.slice(0, 200) })
  } catch (e) {
    process.send({ error: String(e instanceof Error ? e.stack : e).slice(0, 500) })
  } finally {
    if (message.code !== undefined) {
      writeFileSync(abs, original)
      vitest.invalidateFile(abs)
    }
  }
})
process.on('disconnect', () => {
  void vitest.close().finally(() => process.exit(0))
})
process.send({ ready: true })
