// Extracts the structure of the schemas Sunshine Conversations webhooks carry from Zendesk's OpenAPI
// document (zendesk/sunshine-conversations-api-spec, openapi.yaml, as JSON) into
// test/sunshine/openapi-models.json: the webhook body, its 25 event schemas and every schema they
// reference — types, formats, enums, required keys, nullability, discriminators — and nothing of
// the document's text (descriptions, examples), which Zendesk publishes without an open licence.
// A date-time the document states only in prose ("Formatted as `YYYY-MM-DDThh:mm:ss.SSSZ`") is
// kept as `format: date-time`; write-only properties (request fields) are left out.
// The property test in test/sunshine/openapi.test.ts generates payloads from them.
//
// usage: node scripts/sunshine-openapi-models.mjs [--check] path/to/openapi.json
// (openapi.yaml at the commit the file names, converted to JSON). With --check, fails when the
// extract differs from what the document gives; without a document, checks that every reference
// of the extract resolves.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root, writeOrCheck } from './generated.mjs'

const OUT = join(root, 'test', 'sunshine', 'openapi-models.json')
const COMMAND = 'node scripts/sunshine-openapi-models.mjs path/to/openapi.json'
const source = process.argv.slice(2).find((a) => !a.startsWith('--'))

const refName = (ref) => ref.slice(ref.lastIndexOf('/') + 1)

if (source === undefined) {
  if (!process.argv.includes('--check')) {
    console.error(`usage: ${COMMAND}`)
    process.exit(2)
  }
  // No document at hand (a clone has none): the extract must at least be whole.
  const models = JSON.parse(readFileSync(OUT, 'utf8'))
  const missing = []
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node))
        if (k === '$ref') {
          if (!(refName(v) in models.schemas)) missing.push(v)
        } else walk(v)
  }
  walk(models)
  if (missing.length > 0) {
    console.error(`test/sunshine/openapi-models.json refers to schemas it lacks: ${missing.join(', ')}`)
    process.exit(1)
  }
  console.log('test/sunshine/openapi-models.json is whole (give the OpenAPI document to compare with it)')
  process.exit(0)
}

const text = readFileSync(source, 'utf8')
const doc = JSON.parse(text)
const schemas = doc.components.schemas
const body = doc['x-webhooks']['Webhook Event'].post.requestBody.content['application/json'].schema

/** The structural keywords kept; everything else (descriptions, examples, read-only marks) is text or request-only. */
const KEEP = new Set([
  'type',
  'format',
  'enum',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'oneOf',
  'anyOf',
  'nullable',
  '$ref',
  'discriminator',
  'minItems',
  'maxItems',
  'maxLength',
  'title',
])
const DATE_IN_PROSE = /YYYY-MM-DDThh:mm:ss\.SSSZ/

/** A request-only property: marked so itself, or a reference to a schema marked so (`markdownText`). */
const writeOnly = (p) =>
  p.writeOnly === true || (typeof p.$ref === 'string' && schemas[refName(p.$ref)]?.writeOnly === true)

const strip = (node) => {
  if (Array.isArray(node)) return node.map(strip)
  if (!node || typeof node !== 'object') return node
  const out = {}
  for (const [k, v] of Object.entries(node)) {
    if (!KEEP.has(k)) continue
    if (k === 'properties') {
      out.properties = {}
      for (const [name, p] of Object.entries(v)) if (!writeOnly(p)) out.properties[name] = strip(p)
    } else if (k === 'discriminator')
      out.discriminator = v.mapping
        ? { propertyName: v.propertyName, mapping: v.mapping }
        : { propertyName: v.propertyName }
    else out[k] = strip(v)
  }
  if (out.format === undefined && typeof node.description === 'string' && DATE_IN_PROSE.test(node.description))
    out.format = 'date-time'
  if (out.required && out.properties) out.required = out.required.filter((r) => r in out.properties)
  return out
}

const used = new Set()
const visit = (node) => {
  if (Array.isArray(node)) node.forEach(visit)
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node))
      if (k === '$ref') {
        const name = refName(v)
        if (!used.has(name)) {
          used.add(name)
          visit(schemas[name])
        }
      } else visit(v)
}
visit(body)

const out = {
  source: {
    repository: 'zendesk/sunshine-conversations-api-spec',
    path: 'openapi.yaml',
    version: doc.info.version,
    sha256OfJson: createHash('sha256').update(text).digest('hex'),
  },
  regenerate: COMMAND,
  body: strip(body),
  schemas: Object.fromEntries([...used].sort().map((name) => [name, strip(schemas[name])])),
}
writeOrCheck(OUT, `${JSON.stringify(out, null, 1)}\n`, COMMAND)
