// After tsup: writes the JSON Schemas and the OpenAPI document the package ships, from the codecs
// (scripts/json-schema.ts) — dist/schemas/<id>.json per provider of the registry, and
// dist/schemas/openapi.json with every provider's events under `webhooks`, each a reference into its
// provider's schema (compact JSON: the package carries them for tools, not for reading). Consumers import them as
// `chat-webhooks/schemas/<id>.json` and `chat-webhooks/schemas/openapi.json`. Run by `npm run build`.
//
// usage: node scripts/schemas.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSource, root } from './generated.mjs'

const { jsonSchemaOf, openApiOf, providers } = await loadSource(
  [
    "export { jsonSchemaOf, openApiOf } from './scripts/json-schema.ts'",
    "export { providers } from './src/registry.ts'",
  ].join('\n'),
)
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const dir = join(root, 'dist', 'schemas')
mkdirSync(dir, { recursive: true })
for (const [id, p] of Object.entries(providers))
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(jsonSchemaOf(p.name, p.Webhook)))
writeFileSync(join(dir, 'openapi.json'), JSON.stringify(openApiOf(providers, version)))
console.log(`schemas: ${Object.keys(providers).length} JSON Schemas and the OpenAPI document in dist/schemas`)
