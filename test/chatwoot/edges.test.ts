// Branches of the Chatwoot normalizer that no fixture reaches as it is: each case starts from a
// real fixture and changes the one thing it is about.
import { describe, expect, it } from 'vitest'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import type { ChatEvent } from '../../src/model/index.js'
import { editing, obj, type Body } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one } = editing('chatwoot', (b: unknown) => parse(chatwoot, b))
const INCOMING = 'message_created.incoming_text.web_widget.json'
const message = (edit: (body: Body) => void, fixture = INCOMING) => one(fixture, 'message.created', edit)
const accountOf = (e: ChatEvent) =>
  e.replyTarget && 'accountId' in e.replyTarget ? e.replyTarget.accountId : undefined

describe('chatwoot.normalize: accounts and keys', () => {
  it('finds the account on the webhook, then the conversation, then its first message, else keys it with a dash', () => {
    const noAccount = (more: (w: Body) => void) =>
      message((w) => {
        delete w.account
        more(w)
      })
    const fromConversation = noAccount(() => {})
    expect([accountOf(fromConversation), fromConversation.dedupeKey]).toEqual(['3', 'chatwoot:3:message_created:90211'])
    const fromMessages = noAccount((w) => {
      delete obj(w.conversation).account
      ;(obj(w.conversation).messages as Body[]).splice(0, Infinity, { id: 1, account_id: 8 })
    })
    expect(accountOf(fromMessages)).toBe('8')
    const nowhere = noAccount((w) => {
      delete obj(w.conversation).account
      obj(w.conversation).messages = []
    })
    expect([nowhere.replyTarget, nowhere.dedupeKey]).toEqual([undefined, 'chatwoot:-:message_created:90211'])
    const noMessages = noAccount((w) => {
      delete obj(w.conversation).account
      delete obj(w.conversation).messages
    })
    expect(noMessages.replyTarget).toBe(undefined)
    const noConversation = noAccount((w) => delete w.conversation)
    expect([noConversation.conversation, noConversation.replyTarget, noConversation.dedupeKey]).toEqual([
      undefined,
      undefined,
      'chatwoot:-:message_created:90211',
    ])
  })
})

describe('chatwoot.normalize: authors', () => {
  it('reads a contact sender with or without a type, and falls back to the conversation’s contact', () => {
    const typed = (type: string | null | undefined) => message((w) => (obj(w.sender).type = type)).message.author
    expect([typed(null), typed(undefined), typed('contact')]).toEqual([
      { role: 'customer', id: '1024', name: 'Priya Raman' },
      { role: 'customer', id: '1024', name: 'Priya Raman' },
      { role: 'customer', id: '1024', name: 'Priya Raman' },
    ])
    // An incoming message "sent" by an agent (e.g. an API inbox echo) still comes from the conversation's contact.
    const fromMeta = message((w) => (w.sender = { id: 7, name: 'Agent', type: 'user' }))
    expect(fromMeta.message.author).toEqual({ role: 'customer', id: '1024', name: 'Priya Raman' })
    const nullTypeAlone = message((w) => {
      obj(w.sender).type = null
      delete obj(w.conversation).meta
    })
    expect(nullTypeAlone.message.author).toEqual({ role: 'customer', id: '1024', name: 'Priya Raman' })
    const agentWithoutConversation = message((w) => {
      w.sender = { id: 7, name: 'Agent', type: 'user' }
      delete w.conversation
    })
    expect(agentWithoutConversation.message.author).toEqual({ role: 'customer' })
    const untypedAlone = message((w) => {
      delete obj(w.sender).type
      delete obj(w.conversation).meta
    })
    expect(untypedAlone.message.author).toEqual({ role: 'customer', id: '1024', name: 'Priya Raman' })
    const nobody = message((w) => {
      delete w.sender
      delete obj(w.conversation).meta
    })
    expect(nobody.message.author).toEqual({ role: 'customer' })
  })

  it('gives outgoing messages the sender’s role, and the system when there is none or it is a contact', () => {
    const outgoing = (sender: Body | undefined, message_type = 'outgoing') =>
      message((w) => {
        w.message_type = message_type
        if (sender) w.sender = sender
        else delete w.sender
      }).message.author
    expect(outgoing({ id: 7, name: 'Ana', type: 'user' })).toEqual({ role: 'agent', id: '7', name: 'Ana' })
    expect(outgoing({ id: 8, name: 'Bot', type: 'agent_bot' })).toEqual({ role: 'bot', id: '8', name: 'Bot' })
    expect(outgoing({ id: 9, name: 'Captain', type: 'captain_assistant' })).toEqual({
      role: 'bot',
      id: '9',
      name: 'Captain',
    })
    expect(outgoing({ id: 10, type: 'integration_hook' })).toEqual({ role: 'system', id: '10' })
    expect(outgoing(undefined)).toEqual({ role: 'system' })
    expect(outgoing({ id: 1024, type: 'contact' })).toEqual({ role: 'system' })
    expect(outgoing({ id: 7, name: 'Ana', type: 'user' }, 'template')).toEqual({ role: 'system' })
    expect(outgoing({ id: 7, name: 'Ana', type: 'user' }, 'activity')).toEqual({ role: 'agent', id: '7', name: 'Ana' })
  })
})

describe('chatwoot.normalize: conversations', () => {
  it('reads assignee and team only with ids, and agents apart from bots', () => {
    const conversation = (meta: Body) => message((w) => Object.assign(obj(obj(w.conversation).meta), meta)).conversation
    expect(
      conversation({ assignee: { id: 5, name: 'Ana', type: 'user' }, team: { id: 2, name: 'Billing' } }),
    ).toMatchObject({
      assignee: { id: '5', role: 'agent', name: 'Ana' },
      team: { id: '2', name: 'Billing' },
    })
    expect(conversation({ assignee: { id: 6, type: 'agent_bot' } })?.assignee).toEqual({ id: '6', role: 'bot' })
    const none = conversation({ assignee: { name: 'No id', type: 'user' }, team: { name: 'No id' } })
    expect(none).not.toHaveProperty('assignee')
    expect(none).not.toHaveProperty('team')
    expect(message((w) => delete obj(w.conversation).inbox_id).conversation).not.toHaveProperty('inbox')
  })

  it('lists changes with null for a missing side', () => {
    const e = one('conversation_updated.labels_changed.json', 'conversation.updated', (w) => {
      w.changed_attributes = [
        { status: { current_value: 'open' } },
        { priority: { previous_value: 'low' } },
        { labels: {} },
      ]
    })
    expect(e.changes).toEqual([
      { field: 'status', from: null, to: 'open' },
      { field: 'priority', from: 'low', to: null },
      { field: 'labels', from: null, to: null },
    ])
  })
})

describe('chatwoot.normalize: attachments', () => {
  const parts = (attachments: Body[], content_type = 'text') =>
    message((w) => {
      w.content = ''
      w.content_type = content_type
      w.attachments = attachments
    }).message.parts
  it('reads a missing file type as a file, and an image of a sticker message as a sticker', () => {
    expect(parts([{ data_url: 'https://a.example/f' }])).toEqual([
      { type: 'media', mediaType: 'file', url: 'https://a.example/f' },
    ])
    expect(parts([{ file_type: 'image' }, { file_type: 'audio' }], 'sticker')).toEqual([
      { type: 'media', mediaType: 'sticker' },
      { type: 'media', mediaType: 'audio' },
    ])
  })

  it('reads a location only with both coordinates, links only with a URL, anything else as unsupported', () => {
    expect(
      parts([{ file_type: 'location', coordinates_lat: 1.5, coordinates_long: -2, fallback_title: 'Here' }]),
    ).toEqual([{ type: 'location', latitude: 1.5, longitude: -2, title: 'Here' }])
    expect(
      parts([
        { file_type: 'location', coordinates_lat: 1.5 },
        { file_type: 'location', coordinates_long: 2 },
      ]),
    ).toEqual([
      { type: 'unsupported', original: 'attachment:location' },
      { type: 'unsupported', original: 'attachment:location' },
    ])
    for (const fileType of ['fallback', 'share', 'story_mention', 'ig_reel', 'ig_post', 'ig_story', 'embed']) {
      expect(parts([{ file_type: fileType, data_url: 'https://a.example/p', fallback_title: 'T' }])).toEqual([
        { type: 'link', url: 'https://a.example/p', title: 'T' },
      ])
      expect(parts([{ file_type: fileType, fallback_title: 'T' }])).toEqual([
        { type: 'unsupported', original: `attachment:${fileType}`, description: 'T' },
      ])
    }
    expect(parts([{ file_type: 'contact', data_url: 'https://a.example/c' }])).toEqual([
      { type: 'unsupported', original: 'attachment:contact' },
    ])
    // Coordinates make a location only of a location attachment.
    expect(
      parts([{ file_type: 'fallback', coordinates_lat: 1, coordinates_long: 2, data_url: 'https://a.example/f' }]),
    ).toEqual([{ type: 'link', url: 'https://a.example/f' }])
  })
})

describe('chatwoot.normalize: content types', () => {
  const parts = (content_type: string, content_attributes: Body | undefined) =>
    message((w) => {
      w.content = ''
      w.content_type = content_type
      if (content_attributes) w.content_attributes = content_attributes
      else delete w.content_attributes
    }).message.parts
  it('fills choices’ missing titles and values from each other', () => {
    expect(
      parts('input_select', {
        items: [{ title: 'Yes', value: 'y' }, { title: 'Only title' }, { value: 'only-value' }, {}],
        submitted_values: [{ value: 'y' }],
      }),
    ).toEqual([
      {
        type: 'choices',
        options: [
          { title: 'Yes', value: 'y' },
          { title: 'Only title', value: 'Only title' },
          { title: 'only-value', value: 'only-value' },
          { title: '', value: '' },
        ],
        submitted: [{ title: 'y', value: 'y' }],
      },
    ])
    expect(parts('input_select', undefined)).toEqual([{ type: 'choices', options: [] }])
  })

  it('reads card actions of both kinds with empty text for what is missing, and drops other kinds', () => {
    expect(
      parts('cards', {
        items: [
          {
            title: 'T',
            actions: [
              { type: 'link' },
              { type: 'postback' },
              { type: 'link', text: 'Go', uri: 'https://a.example' },
              { type: 'phone', text: 'Call' },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        type: 'cards',
        cards: [
          {
            title: 'T',
            actions: [
              { type: 'link', text: '', url: '' },
              { type: 'postback', text: '', payload: '' },
              { type: 'link', text: 'Go', url: 'https://a.example' },
            ],
          },
        ],
      },
    ])
    expect(parts('cards', undefined)).toEqual([{ type: 'cards', cards: [] }])
  })

  it('reads form fields and submitted values with defaults for what is missing', () => {
    expect(
      parts('form', {
        items: [{}, { name: 'plan', type: 'select', options: [{}, { label: 'Pro', value: 'pro' }] }],
        submitted_values: [{}, { name: 'n', value: 3 }, { name: 'b', value: false }],
      }),
    ).toEqual([
      {
        type: 'form',
        fields: [
          { name: '', inputType: 'text' },
          {
            name: 'plan',
            inputType: 'select',
            options: [
              { label: '', value: '' },
              { label: 'Pro', value: 'pro' },
            ],
          },
        ],
        submitted: [
          { name: '', value: '' },
          { name: 'n', value: '3' },
          { name: 'b', value: 'false' },
        ],
      },
    ])
    expect(parts('form', undefined)).toEqual([{ type: 'form', fields: [] }])
  })

  it('reads e-mail requests, ratings and articles without their attributes', () => {
    expect(parts('input_email', undefined)).toEqual([{ type: 'email_request' }])
    expect(parts('input_csat', undefined)).toEqual([{ type: 'rating' }])
    expect(parts('input_csat', { display_type: 'star', submitted_values: {} })).toEqual([
      { type: 'rating', display: 'star' },
    ])
    expect(parts('article', undefined)).toEqual([])
    expect(parts('article', { items: [{ title: 'No link' }, { link: 'https://a.example/a', title: 'A' }] })).toEqual([
      { type: 'link', url: 'https://a.example/a', title: 'A' },
    ])
  })

  it('gives text-like content types no parts of their own, a call a call part, and marks integrations unsupported', () => {
    for (const type of ['text', 'input_text', 'input_textarea', 'incoming_email', 'sticker'])
      expect([type, parts(type, undefined)]).toEqual([type, []])
    expect(parts('voice_call', undefined)).toEqual([{ type: 'call' }])
    expect(parts('voice_call', { data: { accepted_by: {} } })).toEqual([{ type: 'call' }])
    expect(parts('voice_call', { data: { accepted_by: { id: 5 } } })).toEqual([
      { type: 'call', acceptedBy: { role: 'agent', id: '5' } },
    ])
    expect(parts('voice_call', { data: { accepted_by: { name: 'Jordan' }, duration_seconds: 61.5 } })).toEqual([
      { type: 'call', duration: 61.5, acceptedBy: { role: 'agent', name: 'Jordan' } },
    ])
    expect(parts('integrations', undefined)).toEqual([{ type: 'unsupported', original: 'integrations' }])
    expect(parts('hologram', undefined)).toEqual([{ type: 'unsupported', original: 'hologram' }])
  })
})

describe('chatwoot.normalize: typing, contacts, the widget and unknown events', () => {
  it('keys typing by who typed, and reads is_private as a boolean or its text', () => {
    const typing = (edit: (w: Body) => void) => one('conversation_typing_on.agent.json', 'typing.started', edit)
    const base = typing(() => {})
    expect(base.dedupeKey.startsWith('chatwoot:3:conversation_typing_on:')).toBe(true)
    expect(typing((w) => (w.is_private = 'true')).private).toBe(true)
    expect(typing((w) => (w.is_private = true)).private).toBe(true)
    expect(typing((w) => (w.is_private = 'false')).private).toBe(false)
    const anonymous = typing((w) => delete w.user)
    expect(anonymous.author).toBe(undefined)
    expect(anonymous.dedupeKey).toContain(':-.-:')
    const contact = typing((w) => (w.user = { id: 1024, name: 'Priya', type: 'contact' }))
    expect([contact.author, contact.dedupeKey.includes(':customer.1024:')]).toEqual([
      { role: 'customer', id: '1024', name: 'Priya' },
      true,
    ])
    const noConversation = typing((w) => delete w.conversation)
    expect([noConversation.conversation, noConversation.replyTarget]).toEqual([undefined, undefined])
    expect(noConversation.dedupeKey.startsWith('chatwoot:-:conversation_typing_on:-:')).toBe(true)
  })

  it('leaves replyTarget out of typing and automation events whose account is nowhere', () => {
    const typing = one('conversation_typing_on.agent.json', 'typing.started', (w) => {
      const c = obj(w.conversation)
      delete c.account
      for (const m of c.messages as Body[]) delete m.account_id
    })
    expect(['replyTarget' in typing, typing.conversation?.id]).toEqual([false, '482'])
    const macro = one('macro.executed.json', 'automation.triggered', (w) => {
      delete w.account
      for (const m of w.messages as Body[]) delete m.account_id
    })
    expect([
      'replyTarget' in macro,
      macro.conversation?.id,
      macro.dedupeKey.startsWith('chatwoot:-:macro.executed:'),
    ]).toEqual([false, '482', true])
  })

  it('keys a contact event without an account with a dash', () => {
    expect(
      one('contact_created.web_widget_visitor.json', 'contact.created', (w) => delete w.account).dedupeKey,
    ).toMatch(/^chatwoot:-:contact_created:/)
    expect(one('contact_updated.identified.json', 'contact.updated', (w) => delete w.account).dedupeKey).toMatch(
      /^chatwoot:-:contact_updated:/,
    )
  })

  it('keys a contact update by its changes, or by its fields when Chatwoot lists none', () => {
    const key = (edit: (w: Body) => void) => one('contact_updated.identified.json', 'contact.updated', edit).dedupeKey
    const a = key((w) => delete w.changed_attributes)
    const b = key((w) => {
      delete w.changed_attributes
      w.email = 'other@example.com'
    })
    expect(a).not.toBe(b)
    expect(key(() => {})).not.toBe(a)
  })

  it('reads the widget’s account from its contact, and the locale from the browser when the widget has none', () => {
    const widget = (edit: (w: Body) => void) => one('webwidget_triggered.new_visitor.json', 'widget.opened', edit)
    const e = widget((w) => {
      delete w.account
      w.contact = { ...obj(w.contact), account: { id: 42 } }
      delete obj(w.event_info).widget_language
      obj(w.event_info).browser_language = 'pt-BR'
    })
    expect([e.dedupeKey.split(':')[1], e.locale]).toEqual(['42', 'pt-BR'])
    const bare = widget((w) => {
      delete w.account
      delete w.contact
      delete w.event_info
      delete w.current_conversation
      delete w.inbox
    })
    expect(bare.dedupeKey).toMatch(/^chatwoot:-:webwidget_triggered:2240:[0-9a-z]+$/)
    for (const k of ['occurredAt', 'conversation', 'replyTarget', 'contact', 'inbox', 'pageUrl', 'locale'])
      expect(bare).not.toHaveProperty(k)
    // Without an id of its own, the visitor's contact id keys it.
    expect(widget((w) => delete w.id).dedupeKey).toMatch(/^chatwoot:3:webwidget_triggered:1050:[0-9a-z]+$/)
    expect(
      widget((w) => {
        delete w.id
        delete w.contact
      }).dedupeKey,
    ).toMatch(/^chatwoot:3:webwidget_triggered:-:[0-9a-z]+$/)
  })

  it('reads the widget’s account, conversation and inbox only where they are', () => {
    const widget = (edit: (w: Body) => void) => one('webwidget_triggered.new_visitor.json', 'widget.opened', edit)
    const noAccount = widget((w) => {
      delete w.account
      delete obj(w.contact).account
    })
    expect(noAccount.dedupeKey.split(':')[1]).toBe('-')
    const noInbox = widget((w) => {
      delete w.inbox
      w.current_conversation = { id: 77, inbox_id: 7 }
    })
    expect([noInbox.conversation, noInbox.inbox]).toEqual([{ id: '77', inbox: { id: '7' } }, undefined])
  })

  it('reads a renamed inbox’s name only when it is text', () => {
    const renamed = (to: Body[string]) =>
      one(
        'inbox_updated.renamed.json',
        'inbox.updated',
        (w) =>
          (w.changed_attributes = [
            { greeting_message: { current_value: 'Hi' } },
            { name: { previous_value: 'Old', current_value: to } },
          ]),
      ).inbox
    expect(renamed('New')).toEqual({ id: '14', name: 'New' })
    expect(renamed(null)).toEqual({ id: '14' })
    expect(one('inbox_updated.renamed.json', 'inbox.updated', (w) => delete w.changed_attributes).inbox).toEqual({
      id: '14',
    })
  })

  it('keys an automation event by its last message, with or without messages', () => {
    const key = (edit: (w: Body) => void) =>
      one('automation_event.conversation_updated.json', 'automation.triggered', edit).dedupeKey
    const none = key((w) => delete w.messages)
    expect(key((w) => (w.messages = []))).toBe(none)
    expect(key(() => {})).not.toBe(none)
  })

  it('reads an inbox event without an account or working hours', () => {
    const e = one('inbox_updated.renamed.json', 'inbox.updated', (w) => {
      delete w.account
      delete w.working_hours
    })
    expect([e.dedupeKey.split(':').slice(0, 4), e.inbox.id]).toEqual([
      ['chatwoot', '-', 'inbox_updated', '-'],
      undefined,
    ])
    expect(one('inbox_updated.renamed.json', 'inbox.updated', (w) => (w.working_hours = [])).inbox.id).toBe(undefined)
    expect(
      one('inbox_updated.renamed.json', 'inbox.updated', (w) => (w.working_hours = [{ day_of_week: 1 }])).inbox.id,
    ).toBe(undefined)
  })

  it('lists an installation’s users that have an id', () => {
    const e = one('installation.account_created.json', 'account.created', (w) =>
      (w.users as Body[]).push({ name: 'No id', type: 'user' }, { id: 302, name: 'Rita', type: 'user' }),
    )
    expect(e.users).toEqual([
      { id: '301', role: 'agent', name: 'Hank Scorpio' },
      { id: '302', role: 'agent', name: 'Rita' },
    ])
  })

  it('keys an unknown event by its account and its top-level scalars only', () => {
    const key = (edit: (w: Body) => void) => one('unknown_event.campaign_sent.json', 'unrecognized', edit).dedupeKey
    const base = key(() => {})
    expect(key((w) => (w.account = { id: 99 }))).toMatch(/^chatwoot:99:unrecognized:/)
    expect(key((w) => (w.account = 'text'))).toMatch(/^chatwoot:-:unrecognized:/)
    expect(key((w) => (w.account = null))).toMatch(/^chatwoot:-:unrecognized:/)
    expect(key((w) => (w.extra_object = { a: 1 }))).toBe(base)
    expect(key((w) => (w.extra_text = 'x'))).not.toBe(base)
    expect(key((w) => (w.extra_number = 1))).not.toBe(base)
    expect(key((w) => (w.extra_flag = false))).not.toBe(base)
    // Key order does not matter.
    const reordered = (w: Body) => {
      const entries = Object.entries(w).reverse()
      for (const k of Object.keys(w)) delete w[k]
      for (const [k, v] of entries) w[k] = v
    }
    expect(key(reordered)).toBe(base)
  })
})
