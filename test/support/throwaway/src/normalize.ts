/**
 * Acme webhooks to the shared model: one event each.
 *
 * @module
 */
import { withNormalizeOptions, type NormalizeOptions } from '../../core/provider.js'
import { isoToDate } from '../../core/time.js'
import { idOf, joinKey } from '../../core/object.js'
import { fingerprint } from '../../core/text.js'
import type { ChatEvent } from '../../model/index.js'
import type { Webhook } from './codecs.js'

/**
 * Maps a decoded Acme webhook to the shared model.
 * @category normalize
 * @since 0.3.0
 */
export const normalize = (w: Webhook, options?: NormalizeOptions): ChatEvent[] =>
  withNormalizeOptions([toEvent(w)], undefined, options)

const toEvent = (w: Webhook): ChatEvent => {
  if (w.acme_event === 'unrecognized')
    return {
      provider: 'acme',
      kind: 'unrecognized',
      eventType: w.unrecognized,
      dedupeKey: joinKey('acme', 'unrecognized', fingerprint(w)),
      raw: w,
    }
  const customer = w.from_customer === true
  const createdAt = isoToDate(w.sent_at)
  const id = idOf(w.id)
  const conversationId = idOf(w.conversation_id)
  return {
    provider: 'acme',
    kind: 'message.created',
    dedupeKey: joinKey('acme', 'message', id ?? fingerprint(w.text, w.sent_at)),
    ...(createdAt ? { occurredAt: createdAt } : {}),
    ...(conversationId ? { conversation: { id: conversationId } } : {}),
    raw: w,
    message: {
      ...(id ? { id } : {}),
      direction: customer ? 'inbound' : 'outbound',
      author: { role: customer ? 'customer' : 'agent' },
      text: w.text ?? '',
      parts: w.text ? [{ type: 'text', text: w.text }] : [],
      ...(createdAt ? { createdAt } : {}),
      private: false,
    },
  }
}
