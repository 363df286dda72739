// Checks the built docs site (docs/api, from `npm run docs`) the way a first-time reader meets it:
// the front page starts from `npm install chat-webhooks` and a first handler, its heading is not
// repeated, and each provider's reference page lists decode, normalize, verify (where the provider
// signs) and handle — as functions, each with an example — before its codecs.
//
// usage: npm run docs && node scripts/docs-check.mjs
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './generated.mjs'

const api = join(root, 'docs', 'api')
const failures = []
const text = (html) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const index = readFileSync(join(api, 'index.html'), 'utf8')
const content = index.slice(index.indexOf('col-content'))
const body = text(content)
if ((content.match(/<h1[\s>]/g) ?? []).length > 1) failures.push('front page: more than one h1')
const install = body.indexOf('npm install chat-webhooks')
if (install < 0 || install > 600) failures.push('front page: `npm install chat-webhooks` is not near the top')
if (body.includes('npm ci')) failures.push('front page: shows the contributors’ commands')

// The provider modules: the registry of pages is the docs' own module list.
const modules = [...readFileSync(join(api, 'modules.html'), 'utf8').matchAll(/href="modules\/([a-z]+)\.html"/g)]
  .map((m) => m[1])
  .filter((m) => m !== 'fixtures')
for (const id of modules) {
  const page = readFileSync(join(api, 'modules', `${id}.html`), 'utf8')
  if (!page.includes(`/${id}.decode.html`)) continue // the root module
  const links = [
    ...page.matchAll(/href="[^"]*\/(functions|variables|types|interfaces|classes)\/[\w-]+\.(\w+)\.html"/g),
  ].map((m) => [m[1], m[2]])
  const position = (name) => links.findIndex(([, n]) => n === name)
  const wanted = ['decode', 'normalize', 'handle', ...(page.includes(`/${id}.verify.html`) ? ['verify'] : [])]
  const firstCodec = links.findIndex(([kind, n]) => n === 'Webhook' || (kind === 'variables' && /^[A-Z]/.test(n)))
  for (const name of wanted) {
    const at = position(name)
    if (at < 0) failures.push(`${id}: no ${name}`)
    else {
      if (links[at][0] !== 'functions') failures.push(`${id}: ${name} is listed as ${links[at][0]}, not as a function`)
      if (firstCodec >= 0 && at > firstCodec) failures.push(`${id}: ${name} comes after the codecs`)
      const own = readFileSync(join(api, 'functions', `${id}.${name}.html`), 'utf8')
      if (!own.includes('Example')) failures.push(`${id}: ${name} has no example`)
    }
  }
}
if (modules.length < 2) failures.push('no provider modules found')

if (failures.length > 0) {
  for (const f of failures) console.error(`docs: ${f}`)
  process.exit(1)
}
console.log(`docs: the front page and ${modules.length} module pages read as they should`)
