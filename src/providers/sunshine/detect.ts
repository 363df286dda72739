/**
 * Whether a request comes from Sunshine Conversations: the body's `app`,
 * `webhook` and `events`. A few key checks, never a full decode; kept apart
 * from the codecs so that detection, and the hint a failed decode gives, do not
 * carry them. `X-API-Key` is too common a header name to tell by.
 *
 * @module
 */
import { isRecord, own } from '../../core/codecs.js'
import { detector } from '../../core/detect.js'

/**
 * A v2 body: an `app` object with an `id`, a `webhook` object and an `events`
 * array (docs/providers/sunshine.md §15.5). Proto batches have `events` but no
 * `app`; a v1 body (`trigger`, `appUser`) has no `events`.
 */
const isSunshineBody = (body: Record<string, unknown>): boolean => {
  const app = own(body, 'app')
  return (
    isRecord(app) &&
    typeof own(app, 'id') === 'string' &&
    isRecord(own(body, 'webhook')) &&
    Array.isArray(own(body, 'events'))
  )
}

/**
 * Whether a request comes from Sunshine Conversations: its body's `app`,
 * `webhook` and `events`. Takes the raw body or a parsed value; never throws.
 * @category provider
 * @since 0.3.0
 * @example
 * sunshine.detect(rawBody) // true or false
 */
export const detect = /*#__PURE__*/ detector(isSunshineBody)
