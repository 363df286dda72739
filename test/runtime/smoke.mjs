// A smoke suite that runs on every runtime (Node, Bun, Deno, workerd): every shipped fixture of
// every provider of the registry is detected, decoded, normalized and redacted, and signed as its
// provider signs it and taken through the provider's front door, with WebCrypto.
// The build is given: the default (WebCrypto) one, or the `node` one (node:crypto).

const check = (ok, what) => {
  if (!ok) throw new Error(`smoke: ${what}`)
}

export const smoke = async (
  { decode, handle, normalize, providers, redact },
  { fixture, fixtureNames, signedParts },
) => {
  let fixtures = 0
  let events = 0
  let verified = 0
  for (const [name, provider] of Object.entries(providers)) {
    for (const fixtureName of fixtureNames(name)) {
      const f = fixture(name, fixtureName)
      const out = provider.normalize(f.parsed)
      // Every delivery is at least one event, but a test request that reports nothing (Intercom's ping).
      check(
        (out.length > 0 || fixtureName.startsWith('ping.')) &&
          out.every((e) => e.provider === name && typeof e.dedupeKey === 'string'),
        `${name}/${fixtureName} normalizes`,
      )
      const any = decode(f.raw)
      check(
        any._tag === 'Right' && any.right.provider === name && normalize(any.right).length === out.length,
        `${name}/${fixtureName} is detected`,
      )
      check(!/@example\.com/.test(JSON.stringify(redact(out))), `${name}/${fixtureName} redacts`)
      const parts = await signedParts(name, fixtureName, { secret: 'smoke-secret' })
      const own = await provider.handle(parts, { secret: 'smoke-secret' })
      check(own.ok && own.events.length === out.length, `${name}/${fixtureName} passes its front door`)
      const root = await handle(new Request(parts.url, { method: 'POST', body: parts.body, headers: parts.headers }), {
        [name]: { secret: 'smoke-secret' },
      })
      check(root.ok && root.provider === name, `${name}/${fixtureName} passes the root front door`)
      if (provider.verification.kind !== 'none') {
        const other = await provider.handle(parts, { secret: 'another-secret' })
        check(!other.ok && other.status === 401, `${name}/${fixtureName} is refused under another secret`)
        verified++
      }
      fixtures++
      events += out.length
    }
  }
  return { fixtures, events, verified }
}
