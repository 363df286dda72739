#!/usr/bin/env bash
# Installs the packed tarball into a fresh project and uses it the way users do:
# import and require the root and every subpath, decode a shipped fixture, read the JSON Schemas, and
# typecheck strict TypeScript consumers under `nodenext`, `bundler` and `node10` resolution.
#
# usage: scripts/consumer-test.sh path/to/chat-webhooks-x.y.z.tgz
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tsc="$root/node_modules/typescript/bin/tsc"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"

cat > package.json <<'JSON'
{ "name": "consumer", "version": "1.0.0", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarball" >/dev/null

cat > esm.mjs <<'JS'
import assert from 'node:assert/strict'
import * as root from 'chat-webhooks'
import * as chatwoot from 'chat-webhooks/chatwoot'
import { fixture, signedRequest } from 'chat-webhooks/testing'
// Every provider of the registry is a subpath of its own.
for (const id of Object.keys(root.providers)) {
  const m = await import(`chat-webhooks/${id}`)
  assert.equal(typeof m.decode, 'function')
  assert.equal(m[id].id, root.providers[id].id)
}
const body = fixture('chatwoot', 'message_created.incoming_text.web_widget').raw
const decoded = root.decode(body)
assert.deepEqual(decoded._tag === 'Right' && root.normalize(decoded.right).map((e) => e.kind), ['message.created'])
assert.equal(fixture('chatwoot', 'message_created.private_note').parsed.private, true)
const handled = await root.handle(await signedRequest('chatwoot', 'message_created.private_note', { secret: 's' }), { chatwoot: { secret: 's' } })
assert.equal(handled.ok, true)
const headers = await chatwoot.sign({ secret: 's', body })
assert.deepEqual(await chatwoot.verify({ secret: 's', body, headers }), { ok: true })
console.log('esm ok')
JS

cat > cjs.cjs <<'JS'
const assert = require('node:assert/strict')
const root = require('chat-webhooks')
for (const id of Object.keys(root.providers)) assert.equal(typeof require(`chat-webhooks/${id}`).decode, 'function')
const { fixture, fixtureNames } = require('chat-webhooks/testing')
for (const id of Object.keys(root.providers)) {
  const r = root.providers[id].decode(fixture(id, fixtureNames(id)[0]).raw)
  assert.equal(r._tag, 'Right')
}
const r = root.decode(fixture('channeltalk', 'push.message.user_text.v5').raw)
assert.equal(r._tag, 'Right')
// The JSON Schemas and the OpenAPI document, through the exports map; each reference of the one resolves in the others.
const openapi = require('chat-webhooks/schemas/openapi.json')
for (const id of Object.keys(root.providers)) {
  const schema = require(`chat-webhooks/schemas/${id}.json`)
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema')
  assert.ok(Object.keys(openapi.webhooks).some((name) => name === id || name.startsWith(`${id}.`)))
}
for (const hook of Object.values(openapi.webhooks)) {
  const [file, pointer] = hook.post.requestBody.content['application/json'].schema.$ref.split('#/$defs/')
  assert.ok(require(`chat-webhooks/schemas/${file.slice(2)}`).$defs[pointer], `${file}#/$defs/${pointer}`)
}
console.log('cjs ok')
JS

node esm.mjs
node cjs.cjs

# The docs for coding agents ship at the package's root.
grep -q '^# chat-webhooks$' node_modules/chat-webhooks/llms.txt
grep -q 'chat-webhooks/testing' node_modules/chat-webhooks/llms-full.txt

# Every subpath of the registry, imported under nodenext and bundler resolution.
node -e '
  const ids = Object.keys(require("chat-webhooks").providers)
  const lines = ids.map((id) => `import * as ${id} from "chat-webhooks/${id}"`)
  lines.push(`export const decoders = [${ids.map((id) => `${id}.decode`).join(", ")}]`)
  lines.push(`export const providers = [${ids.map((id) => id + "." + id).join(", ")}] as const`)
  require("fs").writeFileSync("subpaths.ts", lines.join("\n") + "\n")
'
cp subpaths.ts subpaths.cts

cat > consumer.ts <<'TS'
import { decode, match, type ChatEvent, type StandardSchemaV1 } from 'chat-webhooks'
import * as chatwoot from 'chat-webhooks/chatwoot'
import { quickReply } from 'chat-webhooks/channeltalk'
import { fixture } from 'chat-webhooks/testing'

export const kind = (e: ChatEvent): string => match(e, { 'message.created': (m) => m.message.text, _: (x) => x.kind })
export const event = (body: string): string | undefined => {
  const r = decode(body)
  return r._tag === 'Right' && r.right.provider === 'chatwoot' && r.right.webhook.event === 'message_created' ? r.right.webhook.content ?? undefined : undefined
}
export const schema: StandardSchemaV1<unknown, chatwoot.Webhook> = chatwoot.Webhook
export const reply = quickReply({ text: 'hi' }).body
export const check = chatwoot.verify
export const content: string | null | undefined = fixture('chatwoot', 'message_created.private_note').parsed.content
TS
cp consumer.ts consumer.cts

cat > tsconfig.nodenext.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022",
  "lib": ["es2022", "dom"], "skipLibCheck": false, "noUncheckedIndexedAccess": true, "exactOptionalPropertyTypes": true, "types": [] },
  "files": ["consumer.ts", "consumer.cts", "subpaths.ts", "subpaths.cts"] }
JSON
cat > tsconfig.bundler.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "esnext", "moduleResolution": "bundler", "target": "es2022",
  "lib": ["es2022", "dom"], "skipLibCheck": false, "noUncheckedIndexedAccess": true, "exactOptionalPropertyTypes": true, "types": [] },
  "files": ["consumer.ts", "subpaths.ts"] }
JSON
# node10 (`moduleResolution: node`) sees no `exports`: `typesVersions` leads it to the CJS types.
cat > tsconfig.node10.json <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "commonjs", "moduleResolution": "node10", "target": "es2022",
  "lib": ["es2022", "dom"], "skipLibCheck": false, "noUncheckedIndexedAccess": true, "exactOptionalPropertyTypes": true, "types": [],
  "ignoreDeprecations": "5.0" },
  "files": ["consumer.cts", "subpaths.cts"] }
JSON
node "$tsc" -p tsconfig.nodenext.json
node "$tsc" -p tsconfig.bundler.json
node "$tsc" -p tsconfig.node10.json
echo "typecheck ok (nodenext, bundler, node10)"
