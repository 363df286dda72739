import { describe, expect, it } from 'vitest'
import * as chatwoot from '../../src/providers/chatwoot/index.js'
import type { ChatEvent, EventOfKind } from '../../src/model/index.js'
import { all, parsing, raw } from '../fixtures.js'
import { parse } from '../support/parse.js'

const { one, of } = parsing('chatwoot', (b: unknown) => parse(chatwoot, b))
const iso = (d: Date | undefined) => d?.toISOString()

describe('chatwoot.normalize: every fixture', () => {
  // [fixture, kind, conversation id, occurredAt, message: [id, direction, role, author id, part types, private]]
  type Row = [
    string,
    ChatEvent['kind'],
    string | undefined,
    string | undefined,
    [string, 'inbound' | 'outbound', string, string | undefined, string[], boolean]?,
  ]
  const rows: Row[] = [
    ['agent_bot.conversation_opened', 'conversation.status_changed', '482', '2026-06-18T10:05:12.301Z'],
    ['agent_bot.conversation_resolved', 'conversation.status_changed', '482', '2026-06-18T10:15:12.551Z'],
    ['automation_event.conversation_updated', 'automation.triggered', '482', '2026-06-18T09:12:31.665Z'],
    ['automation_event.message_created', 'automation.triggered', '482', '2026-06-18T09:12:31.665Z'],
    ['contact_created.web_widget_visitor', 'contact.created', undefined, undefined],
    ['contact_updated.identified', 'contact.updated', undefined, '2026-06-18T10:21:47.915Z'],
    ['conversation_created.web_widget', 'conversation.created', '482', '2026-06-18T09:10:02.000Z'],
    ['conversation_status_changed.resolved', 'conversation.status_changed', '482', '2026-06-18T09:30:04.552Z'],
    ['conversation_typing_off.contact', 'typing.stopped', '482', undefined],
    ['conversation_typing_on.agent', 'typing.started', '482', undefined],
    ['conversation_typing_on.agent_bot', 'typing.started', '482', undefined],
    ['conversation_updated.assignee_changed', 'conversation.updated', '482', '2026-06-18T09:12:31.665Z'],
    ['conversation_updated.labels_changed', 'conversation.updated', '482', '2026-06-18T09:13:05.118Z'],
    ['inbox_created.web_widget', 'inbox.created', undefined, '2026-06-18T12:00:05.095Z'],
    ['inbox_updated.renamed', 'inbox.updated', undefined, '2026-06-19T08:00:00.000Z'],
    ['installation.account_created', 'account.created', undefined, undefined],
    ['macro.executed', 'automation.triggered', '482', '2026-06-18T09:13:05.118Z'],
    [
      'message_created.article.agent_bot',
      'message.created',
      '482',
      '2026-06-18T10:02:11.301Z',
      ['90307', 'outbound', 'bot', '2', ['text', 'link', 'link'], false],
    ],
    [
      'message_created.captain_assistant',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90306', 'outbound', 'bot', '4', ['text'], false],
    ],
    [
      'message_created.cards.agent_bot',
      'message.created',
      '482',
      '2026-06-18T10:02:40.044Z',
      ['90303', 'outbound', 'bot', '2', ['text', 'cards'], false],
    ],
    [
      'message_created.external_echo.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:40:21.402Z',
      ['90260', 'outbound', 'agent', undefined, ['text'], false],
    ],
    [
      'message_created.greeting.template',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90304', 'outbound', 'system', undefined, ['text'], false],
    ],
    [
      'message_created.incoming_audio_video_file.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:16:45.005Z',
      ['90310', 'inbound', 'customer', '1031', ['media', 'media', 'media'], false],
    ],
    [
      'message_created.incoming_email_html.email',
      'message.created',
      '482',
      '2026-06-18T09:10:03.412Z',
      ['90318', 'inbound', 'customer', '1024', ['text'], false],
    ],
    [
      'message_created.incoming_image.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:16:45.005Z',
      ['90230', 'inbound', 'customer', '1031', ['text', 'media'], false],
    ],
    [
      'message_created.incoming_location_contact.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:16:45.005Z',
      ['90311', 'inbound', 'customer', '1031', ['location', 'unsupported'], false],
    ],
    [
      'message_created.incoming_referral.whatsapp',
      'message.created',
      '491',
      '2026-06-18T09:30:05.118Z',
      ['90250', 'inbound', 'customer', '1044', ['text'], false],
    ],
    [
      'message_created.incoming_reply.web_widget',
      'message.created',
      '482',
      '2026-06-18T09:10:03.412Z',
      ['90317', 'inbound', 'customer', '1024', ['text'], false],
    ],
    [
      'message_created.incoming_story_share.instagram',
      'message.created',
      '483',
      '2026-06-18T09:16:45.005Z',
      ['90312', 'inbound', 'customer', '1031', ['text', 'link', 'link', 'link', 'link', 'link'], false],
    ],
    [
      'message_created.incoming_video_fractional.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:21:12.331Z',
      ['90245', 'inbound', 'customer', '1031', ['media'], false],
    ],
    [
      'message_created.incoming_text.web_widget',
      'message.created',
      '482',
      '2026-06-18T09:10:03.412Z',
      ['90211', 'inbound', 'customer', '1024', ['text'], false],
    ],
    [
      'message_created.input_csat.template',
      'message.created',
      '483',
      '2026-06-18T09:31:02.377Z',
      ['90240', 'outbound', 'system', undefined, ['text', 'rating'], false],
    ],
    [
      'message_created.input_select.agent_bot',
      'message.created',
      '482',
      '2026-06-18T10:02:11.301Z',
      ['90301', 'outbound', 'bot', '2', ['text', 'choices'], false],
    ],
    [
      'message_created.integrations.dyte',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90314', 'outbound', 'agent', '5', ['text', 'unsupported'], false],
    ],
    [
      'message_created.outgoing_no_sender.automation',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90305', 'outbound', 'system', undefined, ['text'], false],
    ],
    [
      'message_created.outgoing_text.agent',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90214', 'outbound', 'agent', '5', ['text'], false],
    ],
    [
      'message_created.outgoing_text.api_inbox',
      'message.created',
      '484',
      '2026-06-18T09:05:48.156Z',
      ['90252', 'outbound', 'agent', '8', ['text'], false],
    ],
    [
      'message_created.private_note',
      'message.created',
      '482',
      '2026-06-18T09:12:58.640Z',
      ['90213', 'outbound', 'agent', '5', ['text'], true],
    ],
    [
      'message_created.sticker.whatsapp',
      'message.created',
      '483',
      '2026-06-18T09:16:45.005Z',
      ['90313', 'inbound', 'customer', '1031', ['media'], false],
    ],
    [
      'message_created.unknown_content_and_sender',
      'message.created',
      '482',
      '2026-06-18T09:14:20.087Z',
      ['90316', 'outbound', 'system', '9', ['text', 'unsupported'], false],
    ],
    [
      'message_created.voice_call',
      'message.created',
      '483',
      '2026-06-18T09:50:02.210Z',
      ['90270', 'inbound', 'customer', '1031', ['text', 'call'], false],
    ],
    [
      'message_updated.deleted',
      'message.updated',
      '482',
      '2026-06-18T09:15:02.017Z',
      ['90214', 'outbound', 'agent', '5', ['text'], false],
    ],
    [
      'message_updated.form_submitted.agent_bot',
      'message.updated',
      '482',
      undefined,
      ['90300', 'outbound', 'bot', '2', ['text', 'form'], false],
    ],
    [
      'message_updated.input_csat_rated.template',
      'message.updated',
      '483',
      '2026-06-18T09:31:02.377Z',
      ['90240', 'outbound', 'system', undefined, ['text', 'rating'], false],
    ],
    [
      'message_updated.input_email_submitted.template',
      'message.updated',
      '482',
      undefined,
      ['90302', 'outbound', 'system', undefined, ['text', 'email_request'], false],
    ],
    [
      'message_updated.input_select_submitted',
      'message.updated',
      '482',
      '2026-06-18T10:02:30.950Z',
      ['90301', 'outbound', 'bot', '2', ['text', 'choices'], false],
    ],
    [
      'message_updated.status_delivered.api_inbox',
      'message.updated',
      '484',
      '2026-06-18T09:20:00.000Z',
      ['90252', 'outbound', 'agent', '8', ['text'], false],
    ],
    [
      'message_updated.voice_call_completed',
      'message.updated',
      '483',
      '2026-06-18T09:53:21.640Z',
      ['90270', 'inbound', 'customer', '1031', ['text', 'call'], false],
    ],
    [
      'message_updated.status_read.api_inbox',
      'message.updated',
      '484',
      '2026-06-18T09:25:30.500Z',
      ['90252', 'outbound', 'agent', '8', ['text'], false],
    ],
    [
      'signature-vector.body',
      'message.created',
      '484',
      '2026-06-18T09:05:48.156Z',
      ['90252', 'outbound', 'agent', '8', ['text'], false],
    ],
    ['unknown_event.campaign_sent', 'unrecognized', undefined, undefined],
    ['webwidget_triggered.new_visitor', 'widget.opened', undefined, '2026-06-18T10:19:55.000Z'],
  ]

  it('covers every own fixture', () => {
    const own = all('chatwoot')
      .filter(([n]) => !n.startsWith('captured/'))
      .map(([n]) => n.replace(/\.json$/, ''))
    expect(rows.map((r) => r[0]).sort()).toEqual(own.sort())
  })

  it.each(rows)('%s → %s', (name, kind, conversationId, occurredAt, message) => {
    const e = one(`${name}.json`)
    expect(e.provider).toBe('chatwoot')
    expect(e.kind).toBe(kind)
    expect(e.conversation?.id).toBe(conversationId)
    expect(iso(e.occurredAt)).toBe(occurredAt)
    const decoded = chatwoot.decode(raw('chatwoot', `${name}.json`))
    expect(decoded._tag === 'Right' && e.raw).toEqual(decoded._tag === 'Right' && decoded.right)
    if (conversationId) expect(e.replyTarget).toEqual({ provider: 'chatwoot', accountId: '3', conversationId })
    if (message) {
      const m = (e as EventOfKind<'message.created'>).message
      const [id, direction, role, authorId, parts, isPrivate] = message
      expect([m.id, m.direction, m.author.role, m.author.id, m.parts.map((p) => p.type), m.private]).toEqual([
        id,
        direction,
        role,
        authorId,
        parts,
        isPrivate,
      ])
      expect(m.direction === 'inbound').toBe(m.author.role === 'customer')
    }
  })

  it.each(all('chatwoot').filter(([n]) => n.startsWith('captured/')))(
    'captured %s normalizes to one event',
    (_name, text) => {
      const [e, ...rest] = parse(chatwoot, text)
      expect(rest).toEqual([])
      expect(e?.provider).toBe('chatwoot')
      expect(e?.dedupeKey).toMatch(/^chatwoot:\d+:/)
    },
  )
})

describe('chatwoot.normalize: messages', () => {
  it('maps an incoming web-widget message with its conversation, contact and dates', () => {
    const e = of('message_created.incoming_text.web_widget.json', 'message.created')
    expect(e.message).toEqual({
      id: '90211',
      direction: 'inbound',
      author: { role: 'customer', id: '1024', name: 'Priya Raman' },
      text: 'Hi! Can I switch my plan from monthly to yearly billing?',
      parts: [{ type: 'text', text: 'Hi! Can I switch my plan from monthly to yearly billing?' }],
      createdAt: new Date('2026-06-18T09:10:03.412Z'),
      private: false,
      status: 'sent',
    })
    expect(e.conversation).toEqual({
      id: '482',
      status: 'open',
      channel: 'Channel::WebWidget',
      inbox: { id: '7', name: 'Acme Website', channel: 'Channel::WebWidget' },
      contact: { id: '1024', name: 'Priya Raman', email: 'priya.raman@example.com' },
      labels: [],
      createdAt: new Date('2026-06-18T09:10:02.000Z'),
      updatedAt: new Date('2026-06-18T09:10:03.419Z'),
    })
    expect(e.dedupeKey).toBe('chatwoot:3:message_created:90211')
  })

  it('keeps markdown and strips HTML tags, decoding entities only where tags were', () => {
    expect(of('message_created.incoming_email_html.email.json', 'message.created').message.text).toBe(
      'Hello team,\nPlease send the invoice for May & June.\n\nThanks',
    )
    expect(of('message_created.outgoing_text.api_inbox.json', 'message.created').message.text).toContain(
      '**Settings > Sync > Reset**',
    )
  })

  it('reads an incoming message whose sender is an agent as the customer’s, relayed through the API', () => {
    const e = of('captured/chatwoot.message_created.cwbp-api-agent-sender-2022.json', 'message.created')
    expect(e.message.direction).toBe('inbound')
    expect(e.message.author.role).toBe('customer')
    expect(e.message.author.id).not.toBe('1')
  })

  it('reads a 2021 contact sender with type "contact" and a null sender as the customer', () => {
    expect(of('captured/chatwoot.message_created.cwdocs-2021.json', 'message.created').message.author).toEqual({
      role: 'customer',
      id: '14',
      name: 'little-haze-776',
    })
    expect(
      of('captured/chatwoot.message_created.cwbp-wppconnect-api-2022.json', 'message.created').message.author.role,
    ).toBe('customer')
  })

  it('types select options and the submitted choice', () => {
    const e = of('message_updated.input_select_submitted.json', 'message.updated')
    expect(e.message.parts[1]).toEqual({
      type: 'choices',
      options: [
        { title: 'Billing question', value: 'billing' },
        { title: 'Technical problem', value: 'technical' },
        { title: 'Talk to a human', value: 'handoff' },
      ],
      submitted: [{ title: 'Billing question', value: 'billing' }],
    })
  })

  it('types cards with link and postback actions', () => {
    const part = of('message_created.cards.agent_bot.json', 'message.created').message.parts[1]
    expect(part).toEqual({
      type: 'cards',
      cards: [
        {
          title: 'Pro plan',
          description: 'Unlimited projects, priority support',
          imageUrl: 'https://cdn.acme.example/img/plan-pro.png',
          actions: [
            { type: 'link', text: 'See pricing', url: 'https://www.acme.example/pricing#pro' },
            { type: 'postback', text: 'Upgrade now', payload: 'UPGRADE_PRO' },
          ],
        },
        {
          title: 'Team plan',
          description: 'Up to 25 seats, SSO',
          imageUrl: 'https://cdn.acme.example/img/plan-team.png',
          actions: [{ type: 'link', text: 'See pricing', url: 'https://www.acme.example/pricing#team' }],
        },
      ],
    })
  })

  it('types form fields and submitted values', () => {
    expect(of('message_updated.form_submitted.agent_bot.json', 'message.updated').message.parts[1]).toEqual({
      type: 'form',
      fields: [
        { name: 'email', inputType: 'email', label: 'Email', placeholder: 'you@example.com', required: true },
        {
          name: 'topic',
          inputType: 'select',
          label: 'Topic',
          defaultValue: 'billing',
          options: [
            { label: 'Billing', value: 'billing' },
            { label: 'Other', value: 'other' },
          ],
        },
        { name: 'details', inputType: 'text_area', label: 'Details' },
      ],
      submitted: [
        { name: 'email', value: 'priya.raman@example.com' },
        { name: 'topic', value: 'billing' },
        { name: 'details', value: 'Yearly plan please' },
      ],
    })
  })

  it('types articles as links, CSAT as a rating, email requests', () => {
    expect(of('message_created.article.agent_bot.json', 'message.created').message.parts.slice(1)).toEqual([
      {
        type: 'link',
        url: 'https://help.acme.example/articles/switching-plans',
        title: 'Switching plans',
        description: 'Move between monthly and yearly billing',
      },
      {
        type: 'link',
        url: 'https://help.acme.example/articles/invoices',
        title: 'Invoices',
        description: 'Where to find your invoices',
      },
    ])
    expect(of('message_created.input_csat.template.json', 'message.created').message.parts[1]).toEqual({
      type: 'rating',
      display: 'emoji',
    })
    expect(of('message_updated.input_csat_rated.template.json', 'message.updated').message.parts[1]).toEqual({
      type: 'rating',
      display: 'star',
      rating: 4,
      feedback: 'Quick and helpful',
    })
    expect(of('message_updated.input_email_submitted.template.json', 'message.updated').message.parts[1]).toEqual({
      type: 'email_request',
      submittedEmail: 'priya.raman@example.com',
    })
  })

  it('types every attachment kind', () => {
    expect(of('message_created.incoming_image.whatsapp.json', 'message.created').message.parts[1]).toMatchObject({
      type: 'media',
      mediaType: 'image',
      mimeType: 'image/jpeg',
      size: 184233,
      width: 1280,
      height: 960,
    })
    const [audio, video, file] = of('message_created.incoming_audio_video_file.whatsapp.json', 'message.created')
      .message.parts
    expect(audio).toEqual({
      type: 'media',
      mediaType: 'audio',
      url: 'https://chat.acme.example/rails/active_storage/blobs/redirect/a1/voice.ogg?disposition=inline',
      mimeType: 'audio/ogg',
      size: 48213,
      transcript: 'Hi, is my order shipped?',
    })
    expect([video?.type === 'media' && video.mediaType, file?.type === 'media' && file.mimeType]).toEqual([
      'video',
      'application/pdf',
    ])
    expect(of('message_created.incoming_location_contact.whatsapp.json', 'message.created').message.parts).toEqual([
      { type: 'location', latitude: 12.9716, longitude: 77.5946, title: 'MG Road, Bengaluru' },
      { type: 'unsupported', original: 'attachment:contact', description: '+14155550199' },
    ])
    expect(of('message_created.incoming_story_share.instagram.json', 'message.created').message.parts[3]).toEqual({
      type: 'link',
      url: 'https://www.instagram.example/reel/xyz/',
      title: 'Unsupported message',
    })
    expect(of('message_created.sticker.whatsapp.json', 'message.created').message.parts[0]).toMatchObject({
      type: 'media',
      mediaType: 'sticker',
    })
    expect(of('message_created.voice_call.json', 'message.created').message.parts.map((p) => p.type)).toEqual([
      'text',
      'call',
    ])
    expect(of('message_created.unknown_content_and_sender.json', 'message.created').message.parts[1]).toEqual({
      type: 'unsupported',
      original: 'poll',
    })
  })

  it('marks private notes, deletions, replies and delivery status', () => {
    expect(of('message_created.private_note.json', 'message.created').message.private).toBe(true)
    expect(of('message_updated.deleted.json', 'message.updated').message).toMatchObject({
      deleted: true,
      text: 'This message was deleted',
    })
    expect(of('message_created.incoming_reply.web_widget.json', 'message.created').message.inReplyTo).toBe('90212')
    expect(of('message_updated.status_read.api_inbox.json', 'message.updated').message.status).toBe('read')
  })
})

describe('chatwoot.normalize: dedupe keys', () => {
  it('gives a redelivered message_created the same key, and two updates of one message different keys', () => {
    const a = one('message_created.outgoing_text.api_inbox.json')
    const b = one('signature-vector.body.json')
    expect(a.dedupeKey).toBe(b.dedupeKey)
    const delivered = one('message_updated.status_delivered.api_inbox.json').dedupeKey
    const read = one('message_updated.status_read.api_inbox.json').dedupeKey
    expect(delivered).toMatch(/^chatwoot:3:message_updated:90252:[0-9a-z]+$/)
    expect(read).toMatch(/^chatwoot:3:message_updated:90252:[0-9a-z]+$/)
    expect(delivered).not.toBe(read)
    expect(one('message_updated.status_read.api_inbox.json').dedupeKey).toBe(read)
  })

  it('keys conversation updates by updated_at and creations by id', () => {
    expect(one('conversation_created.web_widget.json').dedupeKey).toBe('chatwoot:3:conversation_created:482')
    expect(one('conversation_updated.assignee_changed.json').dedupeKey).toBe(
      'chatwoot:3:conversation_updated:482:1781773951.66481',
    )
    expect(one('conversation_updated.labels_changed.json').dedupeKey).toBe(
      'chatwoot:3:conversation_updated:482:1781773985.118227',
    )
  })

  it('is unique across every own fixture but the redelivered signature vector', () => {
    const keys = all('chatwoot')
      .filter(([n]) => !n.startsWith('captured/') && n !== 'signature-vector.body.json')
      .map(([, t]) => parse(chatwoot, t)[0]?.dedupeKey)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('chatwoot.normalize: other events', () => {
  it('maps conversation changes and assignees', () => {
    const e = of('conversation_updated.assignee_changed.json', 'conversation.updated')
    expect(e.changes).toEqual([
      { field: 'assignee_id', from: null, to: 5 },
      { field: 'updated_at', from: '2026-06-18T09:10:04.009Z', to: '2026-06-18T09:12:31.664Z' },
    ])
    expect(e.conversation.assignee).toEqual({ id: '5', role: 'agent', name: 'Jordan Lee' })
  })

  it('maps status events, agent-bot ones included, with the new status', () => {
    expect(of('conversation_status_changed.resolved.json', 'conversation.status_changed').conversation.status).toBe(
      'resolved',
    )
    expect(of('agent_bot.conversation_resolved.json', 'conversation.status_changed').conversation.status).toBe(
      'resolved',
    )
    expect(
      of(
        'captured/chatwoot.conversation_status_changed.chatsappai-whatsapp-2023-10.json',
        'conversation.status_changed',
      ).changes,
    ).toBe(undefined)
  })

  it('maps contacts and their changes', () => {
    const e = of('contact_updated.identified.json', 'contact.updated')
    expect(e.contact).toEqual({ id: '1050', name: 'Tomás Ortega', email: 'tomas.ortega@example.net' })
    expect(e.changes?.map((c) => c.field)).toEqual(['email', 'name', 'updated_at'])
    expect(e.dedupeKey).toMatch(/^chatwoot:3:contact_updated:1050:/)
    expect(of('contact_created.web_widget_visitor.json', 'contact.created').dedupeKey).toBe(
      'chatwoot:3:contact_created:1050',
    )
  })

  it('maps typing by an agent and by a contact', () => {
    expect(of('conversation_typing_on.agent.json', 'typing.started')).toMatchObject({
      author: { role: 'agent', id: '5', name: 'Jordan Lee' },
      private: false,
    })
    expect(of('conversation_typing_off.contact.json', 'typing.stopped')).toMatchObject({
      author: { role: 'customer', id: '1024' },
      private: false,
    })
  })

  it('maps the widget being opened, with the browser date read in its own offset', () => {
    const e = of('webwidget_triggered.new_visitor.json', 'widget.opened')
    expect(e).toMatchObject({
      contact: { id: '1050', name: 'little-haze-776' },
      inbox: { id: '7', name: 'Acme Website' },
      pageUrl: 'https://www.acme.example/docs/getting-started',
      locale: 'en',
    })
    expect(iso(e.occurredAt)).toBe('2026-06-18T10:19:55.000Z')
  })

  it('maps inbox, account, automation and unrecognized events', () => {
    expect(of('inbox_created.web_widget.json', 'inbox.created').inbox).toEqual({ id: '14' })
    expect(of('inbox_updated.renamed.json', 'inbox.updated').inbox).toEqual({ id: '14', name: 'Shop Support' })
    expect(of('installation.account_created.json', 'account.created')).toMatchObject({
      account: { id: '58', name: 'Globex Helpdesk' },
      users: [{ id: '301', role: 'agent', name: 'Hank Scorpio' }],
      dedupeKey: 'chatwoot:58:account_created',
    })
    expect(of('automation_event.message_created.json', 'automation.triggered').automation).toEqual({
      source: 'automation_rule',
      trigger: 'message_created',
    })
    expect(of('macro.executed.json', 'automation.triggered').automation).toEqual({ source: 'macro' })
    expect(of('unknown_event.campaign_sent.json', 'unrecognized').eventType).toBe('campaign_sent')
  })
})
