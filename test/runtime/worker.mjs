// The smoke suite as a Workers module, for workerd (through Miniflare), against the default
// (WebCrypto) build, which is what a worker bundle gets.
import * as lib from '../../dist/index.js'
import * as testing from '../../dist/testing.js'
import { smoke } from './smoke.mjs'

export default {
  async fetch() {
    try {
      return Response.json(await smoke(lib, testing))
    } catch (e) {
      return new Response(String(e), { status: 500 })
    }
  },
}
