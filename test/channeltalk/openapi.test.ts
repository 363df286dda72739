import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as channeltalk from '../../src/providers/channeltalk/index.js'
import { model, source } from './openapi-arbitrary.js'

/**
 * "A payload any of Channel's models allows must decode": payloads generated
 * from the v5 and legacy v4 OpenAPI models decode leniently, normalize to one
 * event, and pass strict mode's key check (every key they use is known).
 */
const versions = {
  v5: {
    message: 'Message',
    userChats: ['userchat.UserChat', 'legacy.v7.userChat.LegacyV7UserChat'],
    user: 'user.User',
    manager: 'Manager',
    bot: 'bot.Bot',
    group: 'Group',
  },
  v4: {
    message: 'legacy.v4.message.LegacyV4Message',
    userChats: ['legacy.v4.LegacyV4UserChat'],
    user: 'legacy.v4.LegacyV4User',
    manager: 'legacy.v4.LegacyV4Manager',
    bot: 'legacy.v4.LegacyV4Bot',
    group: 'legacy.v4.LegacyV4Group',
  },
}

const unknownKeys = (body: string): string[] => {
  const r = channeltalk.decode(body, { strict: true })
  return r._tag === 'Left' ? r.left.issues.filter((i) => i.expected === 'never').map((i) => i.path) : []
}

const check = (body: unknown, kind: string) => {
  const text = JSON.stringify(body)
  const r = channeltalk.decode(text)
  if (r._tag === 'Left') throw new Error(`${r.left.message}: ${JSON.stringify(r.left.issues)}`)
  expect(channeltalk.Webhook.is(r.right)).toBe(true)
  const events = channeltalk.normalize(r.right)
  expect(events.map((e) => e.kind)).toSatisfy(
    (kinds: string[]) => kinds.length === 1 && kinds[0]?.startsWith(kind) === true,
  )
  expect(unknownKeys(text)).toEqual([])
}

describe(`channeltalk codecs against ${source}`, () => {
  for (const [version, m] of Object.entries(versions)) {
    const userChat = fc.oneof(...m.userChats.map(model))

    it(`decodes every ${version} push/message the models allow, with any refers`, () => {
      const refers = fc.record(
        { manager: model(m.manager), bot: model(m.bot), group: model(m.group), user: model(m.user), userChat },
        { requiredKeys: [] },
      )
      fc.assert(
        fc.property(model(m.message), refers, (entity, r) =>
          check({ event: 'push', type: 'message', entity, refers: r }, 'message.created'),
        ),
        { numRuns: 150 },
      )
    })

    it(`decodes every ${version} push/userChat the models allow`, () => {
      const refers = fc.record({ message: model(m.message), user: model(m.user) }, { requiredKeys: [] })
      fc.assert(
        fc.property(userChat, refers, (entity, r) =>
          check({ event: 'push', type: 'userChat', entity, refers: r }, 'conversation.'),
        ),
        { numRuns: 150 },
      )
    })

    it(`decodes every ${version} upsert/user the models allow`, () => {
      fc.assert(
        fc.property(model(m.user), (entity) => check({ event: 'upsert', type: 'user', entity }, 'contact.updated')),
        { numRuns: 150 },
      )
    })
  }
})
