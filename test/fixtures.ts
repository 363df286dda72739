import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', 'fixtures')

/** A fixture's raw text, exactly as stored. */
export const raw = (provider: string, name: string): string => readFileSync(join(ROOT, provider, name), 'utf8')

/** Every fixture of a provider (captured ones included), as [relative name, raw text]. */
export const all = (provider: string): [string, string][] => {
  const out: [string, string][] = []
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name), `${prefix}${name.name}/`)
      else if (name.name.endsWith('.json')) out.push([`${prefix}${name.name}`, readFileSync(join(dir, name.name), 'utf8')])
    }
  }
  walk(join(ROOT, provider), '')
  return out.sort(([a], [b]) => a.localeCompare(b))
}
