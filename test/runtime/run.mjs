// Runs the smoke suite on the runtime that runs this file (node, bun, deno).
import { smoke } from './smoke.mjs'

const result = await smoke()
console.log(JSON.stringify(result))
