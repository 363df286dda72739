/**
 * `decode` then `normalize`, throwing the decoding error: what the tests need
 * in one call, now that the library has no throwing twin of `decode`.
 */
import type { DecodeOptions, NormalizeOptions } from '../../src/core/provider.js'
import type { Either } from '../../src/core/either.js'
import type { WebhookError } from '../../src/core/errors.js'
import type { HeadersLike } from '../../src/core/headers.js'
import { decode, normalize } from '../../src/detect.js'
import type { ChatEvent } from '../../src/model/index.js'

/** One provider's `decode` and `normalize`. */
export interface Pipeline<W> {
  decode(body: unknown, options?: DecodeOptions): Either<WebhookError, W>
  normalize(webhook: W, options?: NormalizeOptions): ChatEvent[]
}

/** A provider's events for a body; throws the `WebhookError` when it does not decode. */
export const parse = <W>(p: Pipeline<W>, body: unknown, options?: DecodeOptions & NormalizeOptions): ChatEvent[] => {
  const r = p.decode(body, options)
  if (r._tag === 'Left') throw r.left
  return p.normalize(r.right, options)
}

/** The events of a body from whichever provider sent it; throws the `WebhookError` when it does not decode. */
export const parseAny = (body: unknown, headers?: HeadersLike, options?: DecodeOptions): ChatEvent[] => {
  const r = decode(body, { ...options, headers })
  if (r._tag === 'Left') throw r.left
  return normalize(r.right, { headers })
}
