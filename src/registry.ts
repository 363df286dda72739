/**
 * The registry: every provider this library knows, and the only hand-written
 * list of them. Detection, the root's `decode` and front door, the package's
 * exports and build entries, the docs tables, the scripts and the
 * cross-provider tests all derive from it (docs/guides/adding-a-provider.md).
 *
 * The order is the order detection tries bodies in when no header names the
 * provider: the most specific envelope first (WhatsApp's `object`, an `app` beside a
 * `webhook` and `events`, Intercom's `notification_event`, a batch of `events`, an
 * `event`/`type`/`entity` triple), the least specific — an `event` name beside
 * the platform's objects — last.
 *
 * @module
 */
import { whatsapp } from './providers/whatsapp/provider.js'
import { sunshine } from './providers/sunshine/provider.js'
import { intercom } from './providers/intercom/provider.js'
import { proto } from './providers/proto/provider.js'
import { channeltalk } from './providers/channeltalk/provider.js'
import { oneroute } from './providers/oneroute/provider.js'
import { chatwoot } from './providers/chatwoot/provider.js'
/** Every provider, by id, in detection order. @category provider @since 0.3.0 @example Object.values(providers).map((p) => p.id) */
export const providers = { whatsapp, sunshine, intercom, proto, channeltalk, oneroute, chatwoot } as const

/**
 * The registry's type: each provider's own, by id.
 * @category provider
 * @since 0.3.0
 */
export type Providers = typeof providers

/**
 * The providers this library decodes: the registry's keys.
 * @category model
 * @since 0.1.0
 */
export type ProviderId = keyof Providers
