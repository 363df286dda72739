// Runs the smoke suite on the runtime that runs this file (node, bun, deno), against the built package.
import { smoke } from './smoke.mjs'

const result = await smoke(await import('../../dist/index.js'), await import('../../dist/testing.js'))
console.log(JSON.stringify(result))
