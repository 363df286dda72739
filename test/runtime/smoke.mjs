// A smoke suite that runs on every runtime (Node, Bun, Deno, workerd): every
// shipped fixture of every provider is detected, decoded, normalized and
// redacted, and every signature scheme signs and verifies with WebCrypto.
import { channeltalk, chatwoot, oneroute, parseWebhook, proto, redact } from '../../dist/index.js'
import { fixture, fixtureNames } from '../../dist/fixtures.js'

const providers = { chatwoot, channeltalk, proto, oneroute }
const NOW = 1781773549

const check = (ok, what) => {
  if (!ok) throw new Error(`smoke: ${what}`)
}

export const smoke = async () => {
  let fixtures = 0
  let events = 0
  let verified = 0
  for (const [name, provider] of Object.entries(providers)) {
    for (const fixtureName of fixtureNames(name)) {
      const f = fixture(name, fixtureName)
      const out = provider.normalize(f.parsed)
      check(out.length > 0 && out.every((e) => e.provider === name && typeof e.dedupeKey === 'string'), `${name}/${fixtureName} normalizes`)
      check(parseWebhook(f.raw).length === out.length, `${name}/${fixtureName} is detected`)
      check(!/@example\.com/.test(JSON.stringify(redact(out))), `${name}/${fixtureName} redacts`)
      if (name === 'chatwoot') {
        const headers = await chatwoot.sign({ secret: 'smoke-secret', body: f.raw, timestamp: NOW })
        const now = () => new Date(NOW * 1000)
        check((await chatwoot.verify({ secret: 'smoke-secret', body: f.raw, headers, now })).ok, `${fixtureName} verifies`)
        check(!(await chatwoot.verify({ secret: 'other', body: f.raw, headers, now })).ok, `${fixtureName} rejects another secret`)
        verified++
      } else if (name === 'oneroute') {
        const headers = await oneroute.sign({ secret: 'smoke-secret', body: f.raw })
        check((await oneroute.verify({ secret: 'smoke-secret', body: new TextEncoder().encode(f.raw), headers })).ok, `${fixtureName} verifies`)
        check(!(await oneroute.verify({ secret: 'smoke-secret', body: f.raw + ' ', headers })).ok, `${fixtureName} rejects a changed body`)
        verified++
      } else if (name === 'channeltalk') {
        check((await channeltalk.verify({ token: 'tk', url: 'https://h.example/hook?token=tk' })).ok, 'channel token verifies')
        check(!(await channeltalk.verify({ token: 'tk', url: 'https://h.example/hook?token=tx' })).ok, 'channel token rejects')
        verified++
      } else {
        check(proto.verification.kind === 'none', 'proto says it is unsigned')
      }
      fixtures++
      events += out.length
    }
  }
  return { fixtures, events, verified }
}
