// What the generating scripts share: reading every fixture of a provider, and
// writing a generated file or, with --check, failing when it is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** Every fixture of a provider, in name order: [name without `.json`, raw text]. */
export const fixtureFiles = (provider) => {
  const found = []
  const walk = (dir, prefix) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`)
      else if (e.name.endsWith('.json')) found.push([`${prefix}${e.name.slice(0, -5)}`, readFileSync(join(dir, e.name), 'utf8')])
    }
  }
  walk(join(root, 'fixtures', provider), '')
  return found
}

/** Writes `text` to `path`, or with --check fails when the file differs, naming the command that regenerates it. */
export const writeOrCheck = (path, text, command) => {
  const name = relative(root, path)
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${name} is out of date: run \`${command}\``)
      process.exit(1)
    }
    console.log(`${name} is up to date`)
  } else {
    writeFileSync(path, text)
    console.log(`wrote ${name}`)
  }
}
