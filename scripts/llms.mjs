// Writes llms.txt and llms-full.txt (https://llmstxt.org) into the package: what a coding agent
// reads to use the library. llms.txt: the summary, every public entry point with each export and
// the first sentence of its doc comment (read from the sources with TypeScript), the providers of
// the registry, and the guides; llms-full.txt: the same, then the README, every guide and the
// events page in full. Run by `npm run build`; both files are build output (not in git).
//
// usage: node scripts/llms.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { loadRegistry, root } from './generated.mjs'

const { ids, providers } = await loadRegistry()
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** The guides, in reading order: the general ones, then one per provider of the registry. */
const guides = [
  'getting-started',
  'recipes',
  'testing',
  'errors',
  'security',
  ...ids.map((id) => id),
  'adding-a-provider',
].map((name) => `docs/guides/${name}.md`)

/** The entry points and what each is for. */
const entries = [
  ['chat-webhooks', 'src/index.ts', 'the registry, detection, generic decoding, the front door, the shared model'],
  ...ids.map((id) => [
    `chat-webhooks/${id}`,
    `src/providers/${id}/index.ts`,
    `${providers[id].name}: its codecs and types`,
  ]),
  ['chat-webhooks/testing', 'src/testing/index.ts', 'fixtures and signed requests for tests'],
]

const program = ts.createProgram(
  entries.map(([, file]) => join(root, file)),
  {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
  },
)
const checker = program.getTypeChecker()

/** The first sentence of a doc comment, on one line. */
const firstSentence = (text) => {
  const flat = text
    .replace(/\{@link\s+([^}|\s]+)(?:[|\s][^}]*)?\}/g, '`$1`')
    .replace(/\s+/g, ' ')
    .trim()
  // Not at "e.g." or "i.e.".
  const end = flat.search(/(?<!\b(?:e\.g|i\.e))\.(\s|$)/)
  return end < 0 ? flat : flat.slice(0, end + 1)
}

/** An entry point's exports: name, kind, first sentence of the doc comment. */
const exportsOf = (file) => {
  const sf = program.getSourceFile(join(root, file))
  const module = sf && checker.getSymbolAtLocation(sf)
  if (!module) throw new Error(`llms: cannot read ${file}`)
  return checker
    .getExportsOfModule(module)
    .map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s
      const doc = firstSentence(ts.displayPartsToString(target.getDocumentationComment(checker)))
      const kind =
        target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class) ? 'value' : 'type'
      const callable = kind === 'value' && checker.getTypeOfSymbolAtLocation(target, sf).getCallSignatures().length > 0
      return { name: s.name, kind, doc, callable }
    })
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'value' ? -1 : 1))
}

const lines = [
  '# chat-webhooks',
  '',
  `> ${pkg.description}`,
  '',
  `\`npm install chat-webhooks\` (version ${pkg.version}). Decode a webhook body with its provider's \`decode\` (never throws;`,
  'an fp-ts `Either`), verify the request with `verify`, map it to the shared model with `normalize` (`ChatEvent[]`), or do',
  'all three with `handle(request, options)`; the root `handle` also detects the provider. Types come from the codecs:',
  '`switch (webhook.event)` narrows. Every event has a `dedupeKey`; deliveries are at least once.',
  '',
  '## Providers',
  '',
  ...ids.map((id) => {
    const p = providers[id]
    return `- ${p.name} (\`chat-webhooks/${id}\`): verification \`${p.verification.kind}\`${p.verification.signatureHeader ? ` (header \`${p.verification.signatureHeader}\`)` : ''}; redelivery: ${p.redelivery.documented}`
  }),
  '',
  '## Docs',
  '',
  '- [README](README.md): quick start, usage, the model, the front door, performance, the CLI',
  '- [CHANGELOG](CHANGELOG.md): what changed, and the semver policy',
  '- [llms-full.txt](llms-full.txt): this file, then the README, every guide and the events page in full',
  ...guides.map((g) => `- ${g} (in llms-full.txt)`),
  '- JSON Schemas: `chat-webhooks/schemas/<id>.json`; OpenAPI 3.1: `chat-webhooks/schemas/openapi.json`',
  '',
  '## API',
  '',
]
// A provider's functions with their docs; its many codecs and types by name only (their docs are in its
// guide, in llms-full.txt, and in its declarations).
for (const [name, file, about] of entries) {
  lines.push(`### ${name}`, '', about, '')
  const all = exportsOf(file)
  const brief = file.startsWith('src/providers/')
  for (const e of all.filter((x) => !brief || x.callable))
    lines.push(`- \`${e.name}\`${e.kind === 'type' ? ' (type)' : ''}${e.doc ? `: ${e.doc}` : ''}`)
  if (brief)
    lines.push(
      `- codecs and types: ${all
        .filter((x) => !x.callable)
        .map((x) => `\`${x.name}\``)
        .join(', ')}`,
    )
  lines.push('')
}
const index = lines.join('\n')
const full = [
  index,
  ...['README.md', ...guides, 'docs/events.md'].map(
    (file) =>
      `\n---\n\n<!-- ${file} -->\n\n${readFileSync(join(root, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')}`,
  ),
].join('\n')
writeFileSync(join(root, 'llms.txt'), index)
writeFileSync(join(root, 'llms-full.txt'), full)
console.log(`llms: llms.txt ${Math.round(index.length / 1024)} KB, llms-full.txt ${Math.round(full.length / 1024)} KB`)
