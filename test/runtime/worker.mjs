// The smoke suite as a Workers module, for workerd (through Miniflare).
import { smoke } from './smoke.mjs'

export default {
  async fetch() {
    try {
      return Response.json(await smoke())
    } catch (e) {
      return new Response(String(e), { status: 500 })
    }
  },
}
