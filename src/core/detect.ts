/**
 * The shape of every provider's `detect`: its own headers first, then a few
 * keys of the parsed body — never a full decode.
 *
 * @module
 */
import { attempt } from './attempt.js'
import { readBody } from './body.js'
import { isRecord } from './codecs.js'
import { headerNames, type HeadersLike } from './headers.js'

/**
 * A provider's `detect` from its two tests: a header name only it sends (when
 * it sends one), and its body's shape. With headers alone (`body`
 * `undefined`) only the headers are asked. Never throws.
 * @internal
 */
export const detector =
  (isBody: (body: Record<string, unknown>) => boolean, isHeader?: (name: string) => boolean) =>
  (body: unknown, headers?: HeadersLike): boolean =>
    attempt(() => {
      if (isHeader && headers && headerNames(headers).some(isHeader)) return true
      // Stryker disable next-line ConditionalExpression: readBody refuses undefined too; this only skips building its error
      if (body === undefined) return false
      const read = readBody(body)
      return read._tag === 'Right' && isRecord(read.right) && isBody(read.right)
    }, false)
