// Runs the smoke suite on the runtime that runs this file (node, bun, deno), against the build
// CHAT_WEBHOOKS_BUILD names: `node` (dist/node, node:crypto) or the default (dist, WebCrypto).
import { smoke } from './smoke.mjs'

const dir = process.env.CHAT_WEBHOOKS_BUILD === 'node' ? '../../dist/node' : '../../dist'
const result = await smoke(await import(`${dir}/index.js`), await import(`${dir}/testing.js`))
console.log(JSON.stringify(result))
