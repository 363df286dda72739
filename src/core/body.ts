/**
 * Reading a webhook body, whatever the user's framework handed over: the raw
 * text, the raw bytes, or a value its body parser already produced.
 *
 * @module
 */
import { attempt } from './attempt.js'
import type { ProviderId } from '../model/index.js'
import { left, right, type Either } from './either.js'
import { WebhookError } from './errors.js'

/**
 * A webhook body as users have it: the raw text or bytes (best — signatures
 * need them), or an already parsed JSON value.
 * @category body
 * @since 0.1.0
 */
export type RawBody = string | Uint8Array | ArrayBuffer

// A leading BOM is dropped (the decoder's default); `fatal` makes invalid UTF-8 an error.
const utf8 = /*#__PURE__*/ new TextDecoder('utf-8', { fatal: true })

/**
 * The bytes of a body given as text or bytes (text is encoded as UTF-8).
 * @category body
 * @since 0.1.0
 */
export const toBytes = (body: RawBody): Uint8Array =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body instanceof Uint8Array ? body : new Uint8Array(body)

/**
 * How to get the raw request body in the usual frameworks: what errors about
 * a pre-parsed or mangled body tell the user to do.
 * @category body
 * @since 0.2.0
 */
export const RAW_BODY_HELP =
  'Pass the raw body: Express `express.raw({ type: () => true })` (then `req.body` is a Buffer), ' +
  'Fastify `addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => done(null, body))`, ' +
  'Hono `await c.req.text()`, Next.js route handlers and Workers `await request.text()`.'

/** Whether text is empty or only whitespace, without `trim()`'s copy of a body that ends in a newline. */
const isBlank = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (!WHITESPACE.has(text.charCodeAt(i))) return false
  return true
}
/** The characters `String.prototype.trim` removes. */
const WHITESPACE: ReadonlySet<number> = /*#__PURE__*/ new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])

/** Whether text parses to a JSON object or array. */
const isJsonContainer = (text: string): boolean =>
  attempt(() => {
    const inner: unknown = JSON.parse(text)
    return typeof inner === 'object' && inner !== null
  }, false)

/** A Node Buffer that went through `JSON.stringify`: `{ type: 'Buffer', data: [bytes…] }`. */
const isSerializedBuffer = (u: unknown): boolean =>
  // Stryker disable next-line ConditionalExpression: a string, number or boolean has no `type` either (both callers rule out undefined)
  typeof u === 'object' &&
  u !== null &&
  (u as { type?: unknown }).type === 'Buffer' &&
  Array.isArray((u as { data?: unknown }).data)

const looksLikeRequest = (u: object): boolean =>
  typeof (u as { getReader?: unknown }).getReader === 'function' ||
  typeof (u as { pipe?: unknown }).pipe === 'function' ||
  (typeof (u as { headers?: unknown }).headers === 'object' && typeof (u as { method?: unknown }).method === 'string')

/**
 * The deepest a body may nest: far above what any provider sends (a dozen
 * levels), far below what `JSON.stringify` and `structuredClone` of its
 * events can take (a few thousand). A deeper body is refused (`too_deep`):
 * events that cannot be serialized break every queue, log and cache after
 * them.
 * @category body
 * @since 0.3.0
 */
export const MAX_DEPTH = 1000

/** The refusal of a body nested deeper than {@link MAX_DEPTH}. */
const tooDeepError = (provider: ProviderId | undefined): Either<WebhookError, never> =>
  left(new WebhookError('too_deep', provider, [], `the body nests deeper than ${MAX_DEPTH} levels`))

/** Whether a parsed value, an object or array at `depth`, nests deeper than {@link MAX_DEPTH}. */
const valueTooDeep = (value: object, depth: number): boolean => {
  if (depth > MAX_DEPTH) return true
  for (const x of Array.isArray(value) ? value : Object.values(value))
    if (x !== null && typeof x === 'object' && valueTooDeep(x as object, depth + 1)) return true
  return false
}

/** Whether text nests deeper than {@link MAX_DEPTH}. */
const tooDeep = (text: string): boolean => {
  // JSON nesting deeper than the limit holds more openers than that and as many closers: shorter text
  // nests less, or is not JSON, which the parser refuses. Most webhooks are this short, and skip the count.
  if (text.length <= 2 * MAX_DEPTH) return false
  // A body with no more openers than the limit cannot nest deeper: counted with the engine's own search, which costs a few percent of a parse.
  let openers = 0
  for (const o of '{[')
    for (let i = text.indexOf(o); i !== -1 && openers <= MAX_DEPTH; i = text.indexOf(o, i + 1)) openers++
  if (openers <= MAX_DEPTH) return false
  // Many openers: the depth itself, strings skipped.
  let depth = 0
  // Stryker disable next-line EqualityOperator: at the end, charCodeAt is NaN, which no branch takes
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      // Stryker disable next-line EqualityOperator: at the end, charCodeAt is NaN, which no branch takes
      for (i++; i < text.length; i++) {
        const k = text.charCodeAt(i)
        if (k === 92) i++
        else if (k === 34) break
      }
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_DEPTH) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}

/**
 * Reads a body into a JSON value. Text and bytes are parsed (a UTF-8 BOM is
 * skipped; invalid UTF-8 is an error, not a replacement character); a value a
 * framework already parsed is used as it is, never copied or changed.
 * A body nested deeper than {@link MAX_DEPTH}, text or parsed, is refused (`too_deep`).
 * Never throws.
 * @category body
 * @since 0.1.0
 */
export const readBody = (input: unknown, provider?: ProviderId): Either<WebhookError, unknown> => {
  let text: string
  if (typeof input === 'string') text = input
  else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    try {
      text = utf8.decode(input)
    } catch {
      return left(new WebhookError('invalid_json', provider, [], 'the body is not valid UTF-8'))
    }
  } else if (input === undefined || input === null) {
    return left(
      new WebhookError(
        'invalid_body',
        provider,
        [],
        `the body is ${String(input)}: pass the raw request body (text or bytes)`,
      ),
    )
  } else if (typeof input === 'object' && !Array.isArray(input) && looksLikeRequest(input)) {
    return left(
      new WebhookError(
        'invalid_body',
        provider,
        [],
        `got a request or stream, not its body: read it first. ${RAW_BODY_HELP}`,
      ),
    )
  } else if (isSerializedBuffer(input)) {
    return left(
      new WebhookError(
        'invalid_body',
        provider,
        [],
        `got a Buffer that was serialized to JSON ({ type: "Buffer", data: [...] }): pass the Buffer itself. ${RAW_BODY_HELP}`,
      ),
    )
  } else {
    // A parsed value (a framework's JSON parser takes any depth) meets the same limit; a cycle does too, past it.
    return attempt(() => valueTooDeep(input, 1), false) ? tooDeepError(provider) : right(input)
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (isBlank(text)) return left(new WebhookError('invalid_json', provider, [], 'the body is empty'))
  // The pattern needs a leading "[": most bodies start with "{" and skip it.
  // Stryker disable next-line ConditionalExpression: the pattern itself refuses text that does not start with "["
  const stringified = text.charCodeAt(0) === 91 ? /^\[object \w+\]/.exec(text) : null
  if (stringified) {
    return left(
      new WebhookError(
        'invalid_body',
        provider,
        [],
        `the body is the text "${stringified[0]}": an object was turned into a string before it got here. ${RAW_BODY_HELP}`,
      ),
    )
  }
  if (tooDeep(text)) return tooDeepError(provider)
  try {
    const value = JSON.parse(text) as unknown
    // A string whose content is a JSON object or array again: the body was encoded twice (e.g. JSON.stringify of the raw text).
    if (typeof value === 'string' && isJsonContainer(value)) {
      return left(
        new WebhookError(
          'invalid_body',
          provider,
          [],
          `the body is a JSON string holding JSON: it was encoded twice. ${RAW_BODY_HELP}`,
        ),
      )
    }
    if (isSerializedBuffer(value)) {
      return left(
        new WebhookError(
          'invalid_body',
          provider,
          [],
          `the body is a Buffer serialized to JSON ({ type: "Buffer", data: [...] }): send or pass the Buffer's bytes. ${RAW_BODY_HELP}`,
        ),
      )
    }
    return right(value)
  } catch (e) {
    // The engine's own parser recurses: a body nested deeper than its stack is not a webhook.
    if (e instanceof RangeError) return tooDeepError(provider)
    // The engine's message quotes the body; payloads hold personal data, so it is not passed on.
    return left(new WebhookError('invalid_json', provider, [], 'the body is not valid JSON'))
  }
}
