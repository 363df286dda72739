// Extracts the models Channel Talk webhooks carry from Channel's OpenAPI
// document ("Channel Open Api" 27.36.2) into test/channeltalk/openapi-models.json:
// the v5 and legacy v4 Message, UserChat, User, Manager, Bot and Group, every
// schema they reference, and every subtype (`allOf` of a base) of those.
// The property test in test/channeltalk/openapi.test.ts generates payloads from them.
//
// With --check, fails when the extract is not up to date (CI).
//
// usage: node scripts/channeltalk-openapi-models.mjs [--check] [path/to/channel-swagger.json]
// (by default the copy in test/channeltalk/openapi/, see its README)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { root, writeOrCheck } from './generated.mjs'

const source =
  process.argv.slice(2).find((a) => !a.startsWith('--')) ??
  fileURLToPath(new URL('../test/channeltalk/openapi/channel-swagger.json', import.meta.url))
const doc = JSON.parse(readFileSync(source, 'utf8'))
const schemas = doc.components.schemas

export const ROOTS = {
  v5: [
    'Message',
    'userchat.UserChat',
    'legacy.v7.userChat.LegacyV7UserChat',
    'user.User',
    'Manager',
    'bot.Bot',
    'Group',
  ],
  v4: [
    'legacy.v4.message.LegacyV4Message',
    'legacy.v4.LegacyV4UserChat',
    'legacy.v4.LegacyV4User',
    'legacy.v4.LegacyV4Manager',
    'legacy.v4.LegacyV4Bot',
    'legacy.v4.LegacyV4Group',
  ],
}

const refName = (ref) => ref.split('/').pop()
const refsOf = (node, out = []) => {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, out))
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) k === '$ref' ? out.push(refName(v)) : refsOf(v, out)
  return out
}
const subtypesOf = (name) =>
  Object.entries(schemas)
    .filter(([, s]) => (s.allOf ?? []).some((p) => p.$ref && refName(p.$ref) === name))
    .map(([n]) => n)

const picked = new Set()
const visit = (name) => {
  if (picked.has(name) || !schemas[name]) return
  picked.add(name)
  refsOf(schemas[name]).forEach(visit)
  subtypesOf(name).forEach(visit)
}
;[...ROOTS.v5, ...ROOTS.v4].forEach(visit)

const out = {
  source: `${doc.info.title} ${doc.info.version}`,
  roots: ROOTS,
  schemas: Object.fromEntries([...picked].sort().map((n) => [n, schemas[n]])),
}
writeOrCheck(
  join(root, 'test', 'channeltalk', 'openapi-models.json'),
  JSON.stringify(out, null, 1) + '\n',
  'node scripts/channeltalk-openapi-models.mjs',
)
console.log(`${picked.size} schemas from ${out.source}`)
