// Adding a provider is its folder, its fixtures and one registry entry: this test does exactly that
// to a scratch copy of the project — a throwaway provider, "Acme" (test/support/throwaway/), added
// by the steps of docs/guides/adding-a-provider.md — and shows that everything else picks it up with
// no other edit: the generated files, the type-check, detection and both front doors, the
// cross-provider suites, the docs tables and the package's exports.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')
const TEMPLATE = join(__dirname, 'support', 'throwaway')

/** The suites that iterate the registry; each must run its tests for Acme too. */
const SUITES = [
  'test/properties.test.ts',
  'test/core/laws.test.ts',
  'test/core/core.test.ts',
  'test/fast.test.ts',
  'test/detect.test.ts',
  'test/hostile.test.ts',
  'test/redact.test.ts',
  'test/serialize.test.ts',
  'test/standard-schema.test.ts',
  'test/testing-subpath.test.ts',
  'test/normalized.test.ts',
  'test/first-hour.test.ts',
]

let copy = ''
const run = (command: string, args: string[]) => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'),
  )
  try {
    return execFileSync(command, args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string }
    throw new Error(
      `${command} ${args.join(' ')} failed:\n${String(stdout ?? '').slice(-4000)}\n${String(stderr ?? '').slice(-4000)}`,
      { cause: e },
    )
  }
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'chat-webhooks-throwaway-'))
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean)
  for (const f of files) {
    mkdirSync(dirname(join(copy, f)), { recursive: true })
    try {
      cpSync(join(ROOT, f), join(copy, f))
    } catch {
      // A file git lists but the work tree lost: nothing to copy.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')

  // The guide's steps: the provider's folder, its fixtures, one registry entry.
  cpSync(join(TEMPLATE, 'src'), join(copy, 'src', 'providers', 'acme'), { recursive: true })
  cpSync(join(TEMPLATE, 'fixtures'), join(copy, 'fixtures', 'acme'), { recursive: true })
  const registry = join(copy, 'src', 'registry.ts')
  const text = readFileSync(registry, 'utf8')
    .replace(
      "import { chatwoot } from './providers/chatwoot/provider.js'",
      "import { chatwoot } from './providers/chatwoot/provider.js'\nimport { acme } from './providers/acme/provider.js'",
    )
    .replace('oneroute, chatwoot }', 'oneroute, chatwoot, acme }')
  expect(text).toContain('chatwoot, acme }')
  writeFileSync(registry, text)
  // Then `npm run generate`, and the new fixtures' golden outputs.
  run('node', ['scripts/gen-checks.mjs'])
  run('node', ['scripts/fixtures-module.mjs'])
  run('node', ['scripts/registry-files.mjs'])
  run('npx', ['vitest', 'run', 'test/normalized.test.ts', '-u'])
}, 240_000)

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true })
})

describe('a provider added through the registry alone', { timeout: 240_000 }, () => {
  it('type-checks with the rest of the project, tests included', () => {
    expect(() => run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])).not.toThrow()
  })

  it('is generated for: its fast check, its fixtures in chat-webhooks/testing, its subpath and its place in detection', () => {
    expect(readFileSync(join(copy, 'src', 'generated', 'checks', 'acme.ts'), 'utf8')).toContain('export const check')
    expect(readFileSync(join(copy, 'src', 'generated', 'fixtures.ts'), 'utf8')).toContain(
      "'message.customer': { acme_event: 'message' },",
    )
    expect(JSON.parse(readFileSync(join(copy, 'src', 'generated', 'fixtures.json'), 'utf8'))).toHaveProperty([
      'acme',
      'message.customer',
    ])
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>
      keywords: string[]
    }
    expect([Object.keys(pkg.exports), pkg.keywords]).toEqual([
      expect.arrayContaining(['./acme']),
      expect.arrayContaining(['acme']),
    ])
    expect(readFileSync(join(copy, 'src', 'generated', 'detectors.ts'), 'utf8')).toContain("['acme', acme],")
    expect(readFileSync(join(copy, 'test', 'normalized', 'acme', 'message.customer.json'), 'utf8')).toContain(
      '"kind": "message.created"',
    )
  })

  it('is detected, decoded and handled by both front doors, and every cross-provider suite runs its tests for it', () => {
    const out = join(copy, 'suites.json')
    run('npx', ['vitest', 'run', ...SUITES, '--reporter=json', `--outputFile=${out}`])
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      success: boolean
      testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[]
    }
    expect(report.success).toBe(true)
    const acme = report.testResults.map(
      (f) =>
        [f.name.slice(copy.length + 1), f.assertionResults.filter((a) => /acme/i.test(a.fullName)).length] as const,
    )
    // Every suite has tests for Acme, but those that run over every fixture at once.
    expect(acme.filter(([, n]) => n === 0).map(([f]) => f)).toEqual(['test/core/core.test.ts'])
    expect(acme.reduce((n, [, k]) => n + k, 0)).toBeGreaterThan(20)
  })

  it('gets its table in the docs', () => {
    const tables = run('node', [
      '--input-type=module',
      '-e',
      "import { loadRegistry, fixtureFiles } from './scripts/generated.mjs'; import { eventTables } from './scripts/event-table-lib.mjs'; const { providers } = await loadRegistry(); console.log(eventTables({ providers, fixtures: (id) => fixtureFiles(id).map(([, t]) => JSON.parse(t)) }).join('\\n\\n'))",
    ])
    expect(tables).toContain(
      '### Acme\n\n| `acme_event` | normalized to | fixtures |\n|---|---|---|\n| `message` | `message.created` | 1 |\n| `(any other)` | `unrecognized` | 1 |',
    )
  })
})
