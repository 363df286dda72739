// The Sunshine Conversations mapping (docs/providers/sunshine.md §15), case by case: each starts from a
// real fixture and changes the one thing it is about. test/normalized/sunshine/ pins every fixture's
// whole output.
import { describe, expect, it } from 'vitest'
import * as sunshine from '../../src/providers/sunshine/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, variant } = editing('sunshine', (b: unknown) => parse(sunshine, b))
const TELEGRAM = 'conversation_message.text_user_telegram.official.json'
const AI = 'conversation_message.text_reply_actions_business_ai.json'
const payload = (w: Body, i = 0) => obj((w.events as Body[])[i]?.payload)
const messageOf = (w: Body) => obj(payload(w).message)
/** A list of strings where a {@link Body} holds one. */
const strings = (...s: string[]) => s as unknown as Body[]
/** The AI fixture's message as written by `author`, from `source`. */
const business = (author: Body, source?: Body, more: (m: Body) => void = () => {}) =>
  one(AI, 'message.created', (w) => {
    const m = messageOf(w)
    m.author = author
    if (source) m.source = source
    more(m)
  }).message.author

describe('sunshine.normalize: who wrote a message', () => {
  it('reads the user as the customer, with the profile’s name before the channel’s', () => {
    const e = one(TELEGRAM, 'message.created', () => {})
    expect([e.message.direction, e.message.author, e.conversation?.contact]).toEqual([
      'inbound',
      { role: 'customer', id: '26508c10541a4b0ff472e5e2', name: 'Steve Rogers' },
      {
        id: '26508c10541a4b0ff472e5e2',
        name: 'Steve Rogers',
        identifier: '912382197',
        avatarUrl: 'https://s3.amazonaws.com/avatar.jpg',
      },
    ])
    const named = one(TELEGRAM, 'message.created', (w) => {
      obj(messageOf(w).author).user = { id: 'u1', profile: { givenName: 'Steven', surname: 'Rogers' }, externalId: 42 }
    })
    expect([named.message.author.name, named.conversation?.contact]).toEqual([
      'Steven Rogers',
      { id: 'u1', name: 'Steven Rogers', identifier: '42', avatarUrl: 'https://s3.amazonaws.com/avatar.jpg' },
    ])
  })

  it('reads business authors by the strongest hint first', () => {
    const role = (author: Body, source?: Body, activity = false) =>
      business(author, source, (m) => {
        if (activity) m.activity = { type: 'ticket:closed' }
      }).role
    expect([
      role({ type: 'business', subtypes: strings('AI') }, { type: 'zd:agentWorkspace' }, true),
      role({ type: 'business', subtypes: strings('activity') }),
      role({ type: 'business', subtypes: strings('AI') }, { type: 'zd:agentWorkspace' }),
      role({ type: 'business', subtypes: strings('bot') }),
      role({ type: 'business', subtypes: strings('agent') }, { type: 'api:conversations' }),
      role({ type: 'business' }, { type: 'zd:agentWorkspace' }),
      role({ type: 'business' }, { type: 'zd:answerBot' }),
      role({ type: 'business' }, { type: 'ultimate' }),
      role({ type: 'business' }, { type: 'notification' }),
      role({ type: 'business' }, { type: 'api:conversations' }),
      role({ type: 'business' }, {}),
      role({ type: 'robot' }),
      role({}),
    ]).toEqual([
      'system',
      'system',
      'bot',
      'bot',
      'agent',
      'agent',
      'bot',
      'bot',
      'system',
      'bot',
      'bot',
      'system',
      'system',
    ])
  })

  it('names business authors by displayName only, and gives them no id', () => {
    expect(business({ type: 'business', displayName: 'Dana K.', userId: 'u9' }, { type: 'zd:agentWorkspace' })).toEqual(
      {
        role: 'agent',
        name: 'Dana K.',
      },
    )
  })

  it('answers a customer on their channel, and a business message without one', () => {
    const customer = one(TELEGRAM, 'message.created', () => {})
    expect(customer.replyTarget).toEqual({
      provider: 'sunshine',
      appId: '5ebee0975ac5304b664a12fa',
      conversationId: 'f52b01137aa6c250bc7251fa',
      integrationId: '5ec69c6e12dda33be985cb1a',
      channel: 'telegram',
      userId: '26508c10541a4b0ff472e5e2',
    })
    const bot = one(AI, 'message.created', () => {})
    expect([bot.replyTarget, bot.conversation?.channel]).toEqual([
      { provider: 'sunshine', appId: '65e59060fd92eda44ee5bcb8', conversationId: '6a1ef20cb9e0806b93d066c5' },
      undefined,
    ])
  })
})

describe('sunshine.normalize: content', () => {
  const content = (c: Body, fixture = TELEGRAM) =>
    one(fixture, 'message.created', (w) => {
      messageOf(w).content = c
    }).message
  it('reads text, else the HTML without its tags', () => {
    expect(content({ type: 'text', htmlText: '<p>Hello <b>there</b></p><p>Bye</p>' }).text).toBe('Hello there\nBye')
    expect(content({ type: 'text', text: 'plain', htmlText: '<b>rich</b>' }).text).toBe('plain')
    expect(content({ type: 'text' })).toMatchObject({ text: '', parts: [] })
  })

  it('reads a customer’s quick-reply tap as a submitted choice, and a business’s buttons as choices and actions', () => {
    expect(content({ type: 'text', text: 'Yes please', payload: 'YES' }).parts).toEqual([
      { type: 'text', text: 'Yes please' },
      { type: 'choices', options: [], submitted: [{ title: 'Yes please', value: 'YES' }] },
    ])
    const buttons = content(
      {
        type: 'text',
        text: 'Pick',
        actions: [
          { type: 'reply', text: 'Yes', payload: 'Y' },
          { type: 'reply', payload: 'ONLY_PAYLOAD' },
          { type: 'reply' },
          { type: 'link', text: 'Site', uri: 'https://x.example' },
          { type: 'link', text: 'No URL' },
          { type: 'webview', text: 'Form', uri: 'https://x.example/f', fallback: 'https://x.example' },
          { type: 'postback', text: 'Talk', payload: 'TALK' },
          { type: 'postback', text: 'No payload' },
          { type: 'buy', text: 'Pay', amount: 500 },
          { type: 'locationRequest', text: 'Where?' },
          { type: 'share', text: 'Unknown' },
        ],
      },
      AI,
    )
    expect(buttons.parts).toEqual([
      { type: 'text', text: 'Pick' },
      {
        type: 'choices',
        options: [
          { title: 'Yes', value: 'Y' },
          { title: 'ONLY_PAYLOAD', value: 'ONLY_PAYLOAD' },
        ],
      },
      {
        type: 'actions',
        actions: [
          { type: 'link', text: 'Site', url: 'https://x.example' },
          { type: 'link', text: 'Form', url: 'https://x.example/f', webview: true },
          { type: 'postback', text: 'Talk', payload: 'TALK' },
          { type: 'app', text: 'Pay', kind: 'buy' },
          { type: 'app', text: 'Where?', kind: 'locationRequest' },
        ],
      },
    ])
  })

  it('types files by MIME type, captions them, and keeps image buttons', () => {
    const media = (mediaType?: string) =>
      content({ type: 'file', mediaUrl: 'https://m.example/f', ...(mediaType ? { mediaType } : {}) }).parts[0]
    expect([media('video/mp4'), media('audio/ogg'), media('image/png'), media('application/pdf'), media()]).toEqual([
      { type: 'media', mediaType: 'video', url: 'https://m.example/f', mimeType: 'video/mp4' },
      { type: 'media', mediaType: 'audio', url: 'https://m.example/f', mimeType: 'audio/ogg' },
      { type: 'media', mediaType: 'image', url: 'https://m.example/f', mimeType: 'image/png' },
      { type: 'media', mediaType: 'file', url: 'https://m.example/f', mimeType: 'application/pdf' },
      { type: 'media', mediaType: 'file', url: 'https://m.example/f' },
    ])
    const image = content({
      type: 'image',
      mediaUrl: 'https://m.example/i.jpg',
      mediaType: 'image/jpeg',
      mediaSize: 1200,
      altText: 'i.jpg',
      text: 'Look',
      actions: [{ type: 'link', text: 'Open', uri: 'https://m.example' }],
    })
    expect(image).toMatchObject({
      text: 'Look',
      parts: [
        { type: 'text', text: 'Look' },
        {
          type: 'media',
          mediaType: 'image',
          url: 'https://m.example/i.jpg',
          mimeType: 'image/jpeg',
          size: 1200,
          name: 'i.jpg',
        },
        { type: 'actions', actions: [{ type: 'link', text: 'Open', url: 'https://m.example' }] },
      ],
    })
  })

  it('titles a location by its name, else its address, and skips one without coordinates', () => {
    expect(
      content({ type: 'location', coordinates: { lat: 1, long: 2 }, location: { address: 'Main St 1' } }).parts,
    ).toEqual([{ type: 'location', latitude: 1, longitude: 2, title: 'Main St 1' }])
    expect(content({ type: 'location', text: 'Somewhere' })).toMatchObject({ text: 'Somewhere', parts: [] })
  })

  it('reads a form response’s answers by field type, and its fallback text', () => {
    const m = one('conversation_message.formResponse_user_web.json', 'message.created', () => {}).message
    expect([m.inReplyTo, m.parts]).toEqual([
      '6a0d8743abec972a29115c8f',
      [
        {
          type: 'form',
          fields: [
            { name: 'dataCapture.systemField.requester.name', inputType: 'text', label: 'Your name' },
            { name: 'dataCapture.systemField.requester.email', inputType: 'email', label: 'Email' },
            { name: 'topic', inputType: 'select', label: 'What is it about?' },
          ],
          submitted: [
            { name: 'dataCapture.systemField.requester.name', value: 'Priya Raman' },
            { name: 'dataCapture.systemField.requester.email', value: 'priya.raman@example.org' },
            { name: 'topic', value: 'Billing' },
          ],
        },
      ],
    ])
    expect(m.text.split('\n')[0]).toBe('Your name: Priya Raman')
  })

  it('gives templates and unknown contents an unsupported part, and activities an activity part', () => {
    expect(content({ type: 'template', template: { name: 'order_shipped' } }, AI).parts).toEqual([
      { type: 'unsupported', original: 'template', description: 'order_shipped' },
    ])
    expect(content({ type: 'poll', text: 'Vote' })).toMatchObject({
      text: 'Vote',
      parts: [{ type: 'unsupported', original: 'poll' }],
    })
    const activity = one(AI, 'message.created', (w) => {
      messageOf(w).activity = { type: 'conversation:endedByUser', data: {} }
    }).message
    expect([activity.author.role, activity.parts.at(-1)]).toEqual([
      'system',
      { type: 'activity', action: 'conversation:endedByUser' },
    ])
  })

  it('marks deletion placeholders, quotes by external id, and keeps the channel’s message id', () => {
    const m = one(TELEGRAM, 'message.created', (w) => {
      messageOf(w).deleted = true
      messageOf(w).quotedMessage = { type: 'externalMessageId', externalMessageId: 'wamid.Q' }
    }).message
    expect([m.deleted, m.inReplyTo, m.externalId]).toEqual([true, 'wamid.Q', '374'])
  })
})

describe('sunshine.normalize: other events', () => {
  const batch = (fixture: string, edit: (w: Body) => void = () => {}) => variant(fixture, edit)

  it('reports deliveries as statuses, with the failure’s reason', () => {
    const [sent, delivered] = batch('batch.delivery_channel_and_user.json') as EventOfKind<'message.status'>[]
    expect([sent?.status, sent?.messageId, sent?.externalId, sent?.channel, delivered?.status]).toEqual([
      'sent',
      '5f74a31c2b5315fc007e7997',
      '371',
      'telegram',
      'delivered',
    ])
    const [failed] = batch(
      'conversation_message_delivery_failure.twilio.official.json',
    ) as EventOfKind<'message.status'>[]
    expect([failed?.status, failed?.reason]).toEqual(['failed', 'Unsupported message type `form`'])
  })

  it('reads a user’s read as a receipt, a business’s as a conversation change, and typing by who typed', () => {
    const [read, started, stopped, postback] = batch('batch.read_typing_postback.json')
    expect(
      read?.kind === 'message.status' && [read.status, read.messageId, read.to, read.conversation?.channel],
    ).toEqual(['read', undefined, 'b5a0f8de1fd4198a96faa0af', 'web'])
    expect([started?.kind, stopped?.kind]).toEqual(['typing.started', 'typing.stopped'])
    expect(started?.kind === 'typing.started' && [started.author, started.private]).toEqual([
      { role: 'customer', id: '7283cdd6f586679a5fc43cfb' },
      false,
    ])
    expect(postback?.kind === 'message.created' && postback.message).toEqual({
      direction: 'inbound',
      author: { role: 'customer', id: '26508c10541a4b0ff472e5e2' },
      text: '',
      parts: [{ type: 'choices', options: [], submitted: [{ title: 'Greet', value: 'Greet' }] }],
      private: false,
      createdAt: new Date('2020-09-30T15:14:40.910Z'),
    })
    const [byBusiness, byAgent, unknown] = batch('batch.read_typing_postback.json', (w) => {
      obj(payload(w, 0).activity).author = { type: 'business' }
      obj(payload(w, 1).activity).author = { type: 'business', displayName: 'Dana' }
      obj(payload(w, 1).activity).source = { type: 'zd:agentWorkspace' }
      obj(payload(w, 2).activity).type = 'typing:pause'
    })
    expect(byBusiness?.kind === 'conversation.updated' && byBusiness.changes).toEqual([
      { field: 'readByBusiness', from: null, to: '2020-09-30T15:14:29.834Z' },
    ])
    expect(byAgent?.kind === 'typing.started' && [byAgent.author, byAgent.conversation?.channel]).toEqual([
      { role: 'agent', name: 'Dana' },
      undefined,
    ])
    expect(unknown?.kind === 'unrecognized' && unknown.eventType).toBe('conversation:typing/typing:pause')
  })

  it('says who holds the conversation after each switchboard event, and what failed', () => {
    const events = batch('batch.switchboard_control.json') as EventOfKind<'conversation.handoff'>[]
    expect(
      events.map((e) => [e.handoff.action, e.handoff.to?.name, e.handoff.pending?.name, e.handoff.failed?.code]),
    ).toEqual([
      ['offer', 'bot', 'human', undefined],
      ['accept', 'bot', undefined, undefined],
      ['pass', 'bot', undefined, undefined],
      ['release', undefined, undefined, undefined],
      ['offer', 'bot', undefined, 'switchboard_invalid_target'],
      ['accept', 'bot', undefined, 'switchboard_invalid_action'],
      ['pass', 'bot', undefined, 'switchboard_invalid_target'],
    ])
    const agents = batch('batch.switchboard_control.json', (w) => {
      obj(payload(w, 2).conversation).activeSwitchboardIntegration = {
        id: 's2',
        name: 'zd-agentWorkspace',
        integrationType: 'zd:agentWorkspace',
      }
    })[2] as EventOfKind<'conversation.handoff'>
    expect([agents.handoff.to, agents.conversation.assignee]).toEqual([
      { id: 's2', role: 'agent', name: 'zd-agentWorkspace', integration: 'zd:agentWorkspace' },
      { id: 's2', role: 'agent', name: 'zd-agentWorkspace', integration: 'zd:agentWorkspace' },
    ])
  })

  it('maps joins, leaves and removal to conversation changes', () => {
    const [join, leave, remove] = batch('batch.conversation_join_leave_remove.json')
    expect([
      join?.kind === 'conversation.updated' && join.changes,
      leave?.kind === 'conversation.updated' && leave.changes,
      remove?.kind === 'conversation.status_changed' && remove.conversation.status,
    ]).toEqual([
      [{ field: 'participants', from: null, to: '26508c10541a4b0ff472e5e2' }],
      [{ field: 'participants', from: '26508c10541a4b0ff472e5e2', to: null }],
      'deleted',
    ])
  })

  it('maps client and user events to the contact, and a user’s removal to contact.deleted', () => {
    const events = batch('batch.client_and_user.json')
    expect(events.map((e) => [e.kind, 'changes' in e ? e.changes?.[0]?.field : undefined])).toEqual([
      ['contact.updated', 'clients'],
      ['contact.updated', 'clients'],
      ['contact.updated', 'clients'],
      ['contact.updated', 'authenticated'],
      ['contact.updated', 'mergedFrom'],
      ['contact.deleted', undefined],
    ])
    const [locale] = batch('batch.client_and_user.json', (w) => {
      const p = payload(w, 3)
      p.reason = 'localeDetection'
      obj(p.user).profile = { locale: 'es-MX' }
    }).slice(3)
    expect(locale?.kind === 'contact.updated' && locale.changes).toEqual([{ field: 'locale', from: null, to: 'es-MX' }])
  })

  it('keys messages by message id, other events by event id, and events without an id by their place', () => {
    const message = one(TELEGRAM, 'message.created', (w) => delete obj((w.events as Body[])[0]).id)
    expect(message.dedupeKey).toBe('sunshine:5ebee0975ac5304b664a12fa:msg:5f74c7d84a146f3abd72af1d')
    const noIds = batch('batch.conversation_join_leave_remove.json', (w) => {
      for (const e of w.events as Body[]) delete e.id
    })
    expect(noIds.map((e: ChatEvent) => e.dedupeKey)).toEqual([
      'sunshine:5ebee0975ac5304b664a12fa:conversation:join:f52b01137aa6c250bc7251fa:2020-09-30T15:14:29.834Z:0',
      'sunshine:5ebee0975ac5304b664a12fa:conversation:leave:f52b01137aa6c250bc7251fa:2020-09-30T15:20:02.117Z:1',
      'sunshine:5ebee0975ac5304b664a12fa:conversation:remove:f52b01137aa6c250bc7251fa:2020-09-30T15:31:45.003Z:2',
    ])
    const noMessageId = one(TELEGRAM, 'message.created', (w) => (messageOf(w).id = ''))
    expect([noMessageId.dedupeKey, 'id' in noMessageId.message]).toEqual([
      'sunshine:5ebee0975ac5304b664a12fa:evt:5f74a0d52b5315fc157e798a',
      false,
    ])
  })

  it('times messages by when Sunshine received them, else by the event', () => {
    const m = one(TELEGRAM, 'message.created', (w) => delete messageOf(w).received)
    expect(m.occurredAt?.toISOString()).toBe('2020-09-30T15:14:29.834Z')
    expect(one('conversation_referral.official.json', 'conversation.updated', () => {}).occurredAt).toBe(undefined)
  })
})
