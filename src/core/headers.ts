/**
 * Header access for every header shape a server framework hands over.
 *
 * @module
 */
import { attempt } from './attempt.js'

/**
 * Request headers as a Fetch `Headers` object, Node's `IncomingHttpHeaders`
 * or a plain record. Names match case-insensitively.
 * @category verification
 * @since 0.1.0
 */
export type HeadersLike =
  | {
      /** A Fetch `Headers`-like lookup, case-insensitive. */
      get(name: string): string | null
    }
  | Readonly<Record<string, string | readonly string[] | undefined>>

/**
 * One header's value, or `undefined` when absent. A header sent more than
 * once comes back comma-joined, as Fetch does — which no signature format
 * accepts, so a duplicated signature header is rejected rather than guessed at.
 * @category verification
 * @since 0.1.0
 */
export const getHeader = (headers: HeadersLike | undefined, name: string): string | undefined => {
  if (!headers || typeof headers !== 'object') return undefined
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return attempt(() => (headers as { get(name: string): string | null }).get(name) ?? undefined, undefined)
  }
  const lower = name.toLowerCase()
  const values: string[] = []
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== lower) continue
    const v = (headers as Record<string, unknown>)[key]
    if (typeof v === 'string') values.push(v)
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') values.push(x)
  }
  return values.length === 0 ? undefined : values.join(', ')
}

/**
 * The names of the headers present, lower-cased (for provider detection).
 * @category verification
 * @since 0.1.0
 */
export const headerNames = (headers: HeadersLike | undefined): string[] => {
  if (!headers || typeof headers !== 'object') return []
  const h = headers as { keys?: unknown }
  if (typeof h.keys === 'function' && typeof (headers as { get?: unknown }).get === 'function') {
    return attempt(() => [...(h.keys as () => Iterable<string>).call(headers)].map((k) => k.toLowerCase()), [])
  }
  return Object.keys(headers).map((k) => k.toLowerCase())
}
