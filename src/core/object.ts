/**
 * Small helpers normalizers share for building model objects.
 *
 * @module
 */

import type { Author, ChatEvent, Contact, MediaType, Role } from '../model/index.js'

type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>
}

/**
 * `o` without its `undefined` fields, so normalized events have only the keys
 * they fill (and compare and serialize cleanly): `o` itself when it has none,
 * else a copy. For the fresh object literals normalizers build.
 * @category normalize
 * @since 0.1.0
 */
export const compact = <T extends object>(o: T): Compact<T> => {
  // `for…in` walks a literal's keys without the array `Object.keys` builds; most literals lack nothing.
  for (const k in o) if (o[k] === undefined) return copyDefined(o as Record<string, unknown>) as Compact<T>
  return o
}

const copyDefined = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k in o) {
    const v = o[k]
    if (v !== undefined) out[k] = v
  }
  return out
}

/**
 * A model object while a normalizer fills it: its fields writable. Normalizers
 * build the objects of frequent events this way, adding each optional field
 * only when it has a value, so that events have only the keys they fill
 * without a {@link compact} copy; rarer shapes use `compact`, which reads
 * shorter.
 * @category normalize
 * @since 0.2.0
 */
export type Building<T> = { -readonly [K in keyof T]: T[K] }

/**
 * A dedupe key: the parts joined by `:`, a missing part (`undefined`,
 * `null` or empty text) written `-`.
 * @category normalize
 * @since 0.2.0
 * @example
 * joinKey('chatwoot', '1', 'message_created', undefined) // 'chatwoot:1:message_created:-'
 */
export const joinKey = (...parts: readonly (string | number | null | undefined)[]): string => {
  let key = ''
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    if (i > 0) key += ':'
    key += p === undefined || p === null || p === '' ? '-' : String(p)
  }
  return key
}

/**
 * An id as a string (`12` → `'12'`); `undefined` for a missing id or an empty string.
 * @category normalize
 * @since 0.1.0
 */
export const idOf = (id: unknown): string | undefined =>
  typeof id === 'number' ? String(id) : typeof id === 'string' && id !== '' ? id : undefined

/**
 * A string, or `undefined` when missing or empty.
 * @category normalize
 * @since 0.1.0
 */
export const text = (s: unknown): string | undefined => (typeof s === 'string' && s !== '' ? s : undefined)

/**
 * A number, or `undefined` when missing.
 * @category normalize
 * @since 0.1.0
 */
export const num = (n: number | null | undefined): number | undefined => (typeof n === 'number' ? n : undefined)

/**
 * An array's present elements mapped, skipping those `f` drops.
 * @category normalize
 * @since 0.1.0
 */
export const mapDefined = <A, B>(
  xs: readonly (A | null | undefined)[] | null | undefined,
  f: (a: A) => B | undefined,
): B[] => {
  const out: B[] = []
  if (!xs) return out
  for (const x of xs) {
    if (x === null || x === undefined) continue
    const b = f(x)
    if (b !== undefined) out.push(b)
  }
  return out
}

/**
 * `table[key]` for the table's own keys only, so a payload value such as
 * `"constructor"` or `"toString"` never reads `Object.prototype`.
 * @category normalize
 * @since 0.2.0
 * @example
 * lookup({ image: 'image' }, 'constructor') // undefined, not Object
 */
export const lookup = <V>(table: Readonly<Record<string, V>>, key: string | null | undefined): V | undefined =>
  // No table has a "null" or "undefined" key, so those read as absent too.
  Object.prototype.hasOwnProperty.call(table, String(key)) ? table[String(key)] : undefined

/** What identifies a person in a payload: an id (number or text) and a name, either may be missing. */
type Someone = { readonly id?: string | number | null; readonly name?: string | null } | null | undefined

/**
 * An author of a role, with the id (as text) and name of who it is, each only
 * when known.
 * @category normalize
 * @since 0.2.0
 * @example
 * authorWith('agent', { id: 7, name: '' }) // { role: 'agent', id: '7' }
 */
export const authorWith = (role: Role, who: Someone): Author => {
  const out: Building<Author> = { role }
  const id = idOf(who?.id)
  const name = text(who?.name)
  if (id) out.id = id
  if (name) out.name = name
  return out
}

/**
 * A contact with the fields that have a value, in the model's order: what
 * every normalizer builds from its provider's person fields.
 * @category normalize
 * @since 0.2.0
 */
export const contactWith = (
  id?: string,
  name?: string,
  email?: string,
  phone?: string,
  identifier?: string,
  avatarUrl?: string,
): Contact => {
  const out: Building<Contact> = {}
  if (id) out.id = id
  if (name) out.name = name
  if (email) out.email = email
  if (phone) out.phone = phone
  if (identifier) out.identifier = identifier
  if (avatarUrl) out.avatarUrl = avatarUrl
  return out
}

const MIME_PREFIXES: readonly [string, MediaType][] = [
  ['image/', 'image'],
  ['video/', 'video'],
  ['audio/', 'audio'],
]

/**
 * The kind of media a MIME type names: `image/…`, `video/…`, `audio/…`, else a file.
 * @category normalize
 * @since 0.3.0
 * @example
 * mediaTypeOfMime('audio/ogg') // 'audio'
 */
export const mediaTypeOfMime = (mime: string | undefined): MediaType => {
  if (mime) for (const [prefix, type] of MIME_PREFIXES) if (mime.startsWith(prefix)) return type
  return 'file'
}

/**
 * An event built field by field, finished with the provider's raw payload as its last key.
 * @category normalize
 * @since 0.3.0
 */
export const withRaw = (out: object, raw: unknown): ChatEvent => {
  ;(out as { raw?: unknown }).raw = raw
  return out as ChatEvent
}
