/**
 * The io-ts combinators every provider's codecs are built from.
 *
 * They validate values exactly as they arrive on the wire and do not convert
 * them (`decode(x)` returns `x` itself when it is valid), so the provider
 * types are exactly what was sent. The one exception is a tag no codec knows:
 * see {@link FallbackType}.
 * Each combinator keeps its structure on the instance (`props`, `variants`,
 * `values`) so that {@link closedWorldIssues} can walk a decoded value a second
 * time for `strict` mode, without a second set of codecs.
 *
 * @module
 */
import * as t from './io.js'
import { standardProps, type StandardSchemaV1 } from './standard-schema.js'

/** The Standard Schema property name. */
const STANDARD = '~standard'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** A record of codecs, the shape of an object's fields. @category combinators */
export type Props = Record<string, t.Mixed>

/**
 * Codecs by field name, as a `struct` takes them: an object literal or a named
 * interface (interfaces name field groups shared by several codecs, so
 * declarations refer to the group instead of repeating it).
 * @category combinators
 * @since 0.3.0
 */
export type Fields<P> = { readonly [K in keyof P]: t.Mixed }

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** The own value of `k`, never an inherited one (`constructor`, `__proto__`). */
export const own = (o: Record<string, unknown>, k: string): unknown => (hasOwn(o, k) ? o[k] : undefined)

/**
 * A shallow copy of an object's own enumerable keys. A `__proto__` key stays
 * an inert own data property, as with a spread — which costs several times as
 * much on an object `JSON.parse` made.
 * @internal
 */
export const copyOf = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  const keys = Object.keys(o)
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string
    // Stryker disable next-line ConditionalExpression: defining and assigning differ only for "__proto__" (its "false" twin dies to the record test)
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: o[k], enumerable: true, writable: true, configurable: true })
    else out[k] = o[k]
  }
  return out
}

/** True for plain JSON objects (not arrays, not null). @category guards */
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

type Simplify<T> = { [K in keyof T]: T[K] } & {}

/**
 * A codec as the public declarations name it: an io-ts codec of `A` (encoding
 * to `O`) that is also a Standard Schema v1 validator. Exported codecs are
 * declared with it, so declarations and editor hovers say `Codec<Contact>`
 * where the combinator's own type would spell out every field's codec.
 * @category combinators
 * @since 0.3.0
 * @example
 * const ContactC = struct('Contact', {}, { id: Int, name: t.string })
 * export interface Contact extends t.TypeOf<typeof ContactC> {}
 * export const Contact: Codec<Contact> = ContactC
 */
export interface Codec<A, O = A> extends t.Type<A, O>, StandardSchemaV1<unknown, A> {}

/**
 * An exported enum codec (`openEnum`), as declarations name it: the
 * documented values and every other value of the base type.
 * @category combinators
 * @since 0.3.0
 */
export interface EnumCodec<A> extends t.Type<A, string | number> {}

// -------------------------------------------------------------------------------------
// struct
// -------------------------------------------------------------------------------------

/**
 * The type of a `struct`: required fields as given, optional fields also `null`.
 * @category combinators
 * @since 0.1.0
 */
export type StructOf<R extends Fields<R>, O extends Fields<O>> = Simplify<
  { [K in keyof R]: t.TypeOf<R[K]> } & { [K in keyof O]?: t.TypeOf<O[K]> | null }
>

/**
 * An object codec that is open to unknown keys (providers add keys all the time)
 * and returns its input unchanged. `strict` decoding reports the unknown keys.
 * @category combinators
 * @since 0.1.0
 */
export class StructType<R extends Fields<R>, O extends Fields<O>> extends t.Type<StructOf<R, O>, StructOf<R, O>> {
  /** @internal */ readonly _kind = 'Struct' as const
  /** Keys this codec knows, for the strict walker. */
  readonly known: ReadonlySet<string>
  /** Keys beyond `required` and `optional` are documented as free (a map with some well-known keys): strict mode accepts them. */
  readonly open: boolean
  constructor(
    name: string,
    /** Fields that must be present and not `null`. */
    readonly required: R,
    /** Fields that may be absent or `null`. */
    readonly optional: O,
    options: StructOptions = {},
  ) {
    const req = Object.keys(required)
    const opt = Object.keys(optional)
    // Read by string key: a named field group (an interface) has no index signature of its own.
    const reqCodecs: Props = required
    const optCodecs: Props = optional
    super(
      name,
      (u): u is StructOf<R, O> => {
        if (!isRecord(u)) return false
        for (const k of req) if (!(reqCodecs[k] as t.Mixed).is(own(u, k))) return false
        for (const k of opt) {
          const v = own(u, k)
          if (v !== undefined && v !== null && !(optCodecs[k] as t.Mixed).is(v)) return false
        }
        return true
      },
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c)
        let errors: t.Errors | undefined
        // Copied only when a field decodes to a new value (an unrecognized variant below).
        let out: Record<string, unknown> = u
        const check = (k: string, codec: t.Mixed, v: unknown) => {
          const r = codec.validate(v, t.appendContext(c, k, codec, v))
          if (r._tag === 'Left') (errors ??= []).push(...r.left)
          else if (r.right !== v) {
            if (out === u) out = copyOf(u)
            out[k] = r.right
          }
        }
        for (const k of req) check(k, reqCodecs[k] as t.Mixed, own(u, k))
        for (const k of opt) {
          const v = own(u, k)
          if (v !== undefined && v !== null) check(k, optCodecs[k] as t.Mixed, v)
        }
        return errors ? t.failures(errors) : t.success(out as StructOf<R, O>)
      },
      t.identity,
    )
    this.known = new Set([...req, ...opt])
    this.open = options.open === true
  }

  /** This codec as a Standard Schema v1 validator (lenient decoding of a parsed value). */
  get [STANDARD](): StandardSchemaV1.Props<unknown, StructOf<R, O>> {
    return standardProps(this)
  }
}

/**
 * Options of a `struct`.
 * @category combinators
 * @since 0.2.0
 */
export interface StructOptions {
  /** The object is a free map with some well-known keys (OpenAPI `additionalProperties`): strict mode accepts other keys too. */
  readonly open?: boolean
}

/**
 * An open object codec. `required` fields must be present (use it only for the
 * event tag and the ids a normalizer reads); `optional` fields may be absent or
 * `null`, because older provider versions omit or null out nearly everything.
 * @category combinators
 * @since 0.1.0
 */
export const struct = <R extends Fields<R>, O extends Fields<O>>(
  name: string,
  required: R,
  optional: O,
  options?: StructOptions,
): StructType<R, O> => new StructType(name, required, optional, options)

/**
 * The same codec for several fields: long lists of timestamps, counters or
 * flags read as a table instead of a column of repeats.
 * @category combinators
 * @since 0.2.0
 * @example
 * struct('Stat', {}, { ...fieldsOf(EpochMillis, ['openedAt', 'closedAt']), replyCount: Int })
 */
export const fieldsOf = <const K extends string, C extends t.Mixed>(codec: C, keys: readonly K[]): { [P in K]: C } => {
  const out = {} as { [P in K]: C }
  for (const k of keys) out[k] = codec
  return out
}

// -------------------------------------------------------------------------------------
// tagged unions
// -------------------------------------------------------------------------------------

/**
 * Options of a {@link TaggedUnionType}.
 * @category combinators
 * @since 0.1.0
 */
export interface TaggedUnionOptions<M extends t.Mixed, P extends t.Mixed> {
  /** The variant for an object whose tag is absent or `null` (defaults to the fallback; single tags only). */
  readonly missing?: M
  /** Variants chosen by tag prefix, e.g. Chatwoot's `automation_event.*`. */
  readonly prefixes?: Readonly<Record<string, P>>
}

/**
 * The type a {@link TaggedUnionType} decodes to.
 * @category combinators
 * @since 0.1.0
 */
export type TaggedUnionOf<V extends Record<string, t.Mixed>, F extends t.Mixed, M extends t.Mixed, P extends t.Mixed> =
  t.TypeOf<V[keyof V]> | t.TypeOf<F> | t.TypeOf<M> | t.TypeOf<P>

/** Joins the values of a compound tag into the key of a variant, e.g. `push/message`. */
const KEY_SEPARATOR = '/'

/**
 * A discriminated union that dispatches on its tag through a map (one codec
 * runs, so errors name only the selected variant), with a fallback variant for
 * tags it does not know. `strict` decoding reports a fallback tag.
 *
 * The tag may be one field (`event`) or several (Channel Talk's `event` and
 * `type`): then a variant's key is the fields' values joined by `/`
 * (`push/message`). Known keys contain exactly one `/` per extra field, so a
 * value that itself contains `/` can never select a known variant.
 * @category combinators
 * @since 0.1.0
 */
export class TaggedUnionType<
  V extends Record<string, t.Mixed>,
  F extends t.Mixed,
  M extends t.Mixed = never,
  P extends t.Mixed = never,
> extends t.Type<TaggedUnionOf<V, F, M, P>, TaggedUnionOf<V, F, M, P>> {
  /** @internal */ readonly _kind = 'TaggedUnion' as const
  /** The discriminant fields, in key order. */
  readonly tags: readonly string[]
  constructor(
    name: string,
    /** The discriminant field, or fields. */
    tag: string | readonly string[],
    /** Known variants by key (tag value, or tag values joined by `/`). */
    readonly variants: V,
    /** The variant for unknown tag values. */
    readonly fallback: F,
    readonly options: TaggedUnionOptions<M, P> = {},
  ) {
    super(
      name,
      (u): u is TaggedUnionOf<V, F, M, P> => this.select(u).codec.is(u),
      (u, c) => (isRecord(u) ? this.select(u).codec.validate(u, c) : t.failure(u, c)),
      (a) => this.select(a).codec.encode(a),
    )
    this.tags = typeof tag === 'string' ? [tag] : tag
  }

  /** The variant key of a value: its tag value(s), joined by `/`; `undefined` when a tag is not a string. */
  keyOf(u: unknown): string | undefined {
    if (!isRecord(u)) return undefined
    let key: string | undefined
    for (const tag of this.tags) {
      const v = own(u, tag)
      if (typeof v !== 'string') return undefined
      key = key === undefined ? v : key + KEY_SEPARATOR + v
    }
    return key
  }

  /** The variant for a value, and whether it is a known one. */
  select(u: unknown): { readonly codec: t.Mixed; readonly known: boolean } {
    // Stryker disable next-line BooleanLiteral: a non-object never validates, so what `known` says of it is never read
    if (!isRecord(u)) return { codec: this.fallback, known: false }
    if (this.options.missing && this.tags.length === 1) {
      const v = own(u, this.tags[0] as string)
      if (v === undefined || v === null) return { codec: this.options.missing, known: true }
    }
    const key = this.keyOf(u)
    if (key !== undefined) {
      if (hasOwn(this.variants, key)) return { codec: this.variants[key] as t.Mixed, known: true }
      const prefixes = this.options.prefixes
      // Stryker disable next-line ConditionalExpression: a for…in over undefined runs no iteration; the test only saves it
      if (prefixes)
        for (const p in prefixes) if (key.startsWith(p)) return { codec: prefixes[p] as t.Mixed, known: true }
    }
    return { codec: this.fallback, known: false }
  }

  /** This codec as a Standard Schema v1 validator (lenient decoding of a parsed value). */
  get [STANDARD](): StandardSchemaV1.Props<unknown, TaggedUnionOf<V, F, M, P>> {
    return standardProps(this)
  }

  /** The keys this union knows, for error messages (prefixes as `prefix*`). */
  knownTags(): string[] {
    return [...Object.keys(this.variants), ...Object.keys(this.options.prefixes ?? {}).map((p) => `${p}*`)]
  }

  /**
   * Where an unknown key goes wrong, for `strict` reports: the first tag
   * whose value no known key has at that place (after the values before it),
   * and the values that would have been known there.
   */
  unknownTagAt(u: unknown): { readonly tag: string; readonly expected: string[] } {
    const tags = this.tags
    if (tags.length === 1) return { tag: tags[0] as string, expected: this.knownTags() }
    let keys = Object.keys(this.variants).map((k) => k.split(KEY_SEPARATOR))
    let i = 0
    // Narrow to the keys that agree with the value tag by tag; the last tag is wrong if all before it were right.
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: an unknown pair never matches at its last tag, so the loop stops there either way
    for (; i < tags.length - 1; i++) {
      const v = isRecord(u) ? own(u, tags[i] as string) : undefined
      const next = keys.filter((k) => k[i] === v)
      if (next.length === 0) break
      keys = next
    }
    return { tag: tags[i] as string, expected: [...new Set(keys.map((k) => k[i] as string))] }
  }
}

/**
 * Builds a {@link TaggedUnionType}. Every variant must check the tag itself
 * (with a literal codec), so each variant codec also works on its own.
 * @category combinators
 * @since 0.1.0
 */
export const taggedUnion = <
  V extends Record<string, t.Mixed>,
  F extends t.Mixed,
  M extends t.Mixed = never,
  P extends t.Mixed = never,
>(
  name: string,
  tag: string | readonly string[],
  variants: V,
  fallback: F,
  options: TaggedUnionOptions<M, P> = {},
): TaggedUnionType<V, F, M, P> => new TaggedUnionType(name, tag, variants, fallback, options)

// -------------------------------------------------------------------------------------
// unrecognized variants
// -------------------------------------------------------------------------------------

/**
 * The tag value every unrecognized variant carries. A fallback variant cannot
 * keep the provider's tag as a plain `string`: TypeScript would then never
 * narrow `switch (webhook.event)` to the known variants. So it gets this tag
 * of its own, and the value the provider sent moves to `unrecognized`.
 * @category combinators
 * @since 0.1.0
 */
export const UNRECOGNIZED = 'unrecognized' as const

/**
 * The type of a {@link FallbackType}'s output: the fields it knows, the tag
 * (or every tag) set to `'unrecognized'`, and what was sent in `unrecognized`
 * — the tag's value, or for a compound tag an object of the tags' values.
 * @category combinators
 * @since 0.1.0
 */
export type Unrecognized<Tag extends string, A, S = string> = Simplify<
  Omit<A, Tag | 'unrecognized'> & { readonly [K in Tag]: typeof UNRECOGNIZED } & { readonly unrecognized: S }
>

/**
 * What a compound-tag fallback keeps of the tags that were sent, e.g.
 * `{ event: 'update', type: 'userChat' }`.
 * @category combinators
 * @since 0.2.0
 */
export type SentTags<Tag extends string> = { readonly [K in Tag]: string }

/**
 * The variant of a {@link TaggedUnionType} for tag values it does not know
 * (the only codec that changes what it decodes): a shallow copy of the input
 * with every tag set to `'unrecognized'` and what was sent in `unrecognized`.
 * Decoding its own output gives the same value again.
 * @category combinators
 * @since 0.1.0
 */
export class FallbackType<Tag extends string, R extends Fields<R>, O extends Fields<O>, S = string> extends t.Type<
  Unrecognized<Tag, StructOf<R, O>, S>,
  StructOf<R, O>
> {
  /** @internal */ readonly _kind = 'Fallback' as const
  /** The tag fields. */
  readonly tags: readonly Tag[]
  constructor(
    name: string,
    tag: Tag | readonly Tag[],
    /** The fields this variant knows besides the tag. */
    readonly fields: StructType<R, O>,
  ) {
    const tags: readonly Tag[] = typeof tag === 'string' ? [tag] : tag
    const single = typeof tag === 'string'
    const isOwnOutput = (u: Record<string, unknown>): boolean => isRewritten(u, tags, single)
    super(
      name,
      (u): u is Unrecognized<Tag, StructOf<R, O>, S> => isRecord(u) && isOwnOutput(u) && fields.is(u),
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c)
        for (const k of tags) {
          const v = own(u, k)
          if (typeof v !== 'string') return t.failure(v, t.appendContext(c, k, t.string, v))
        }
        const r = fields.validate(u, c)
        return r._tag === 'Left'
          ? r
          : t.success(rewriteUnrecognized(r.right, tags, single) as Unrecognized<Tag, StructOf<R, O>, S>)
      },
      (a) => {
        const { [UNRECOGNIZED]: sent, ...rest } = a as unknown as Record<string, unknown>
        if (single) rest[tags[0] as string] = sent
        else for (const k of tags) rest[k] = isRecord(sent) ? own(sent, k) : undefined
        return rest as unknown as StructOf<R, O>
      },
    )
    this.tags = tags
    this.single = single
  }

  /** One tag field (`unrecognized` holds its value), not several (an object of their values). */
  readonly single: boolean

  /** This codec as a Standard Schema v1 validator (lenient decoding of a parsed value). */
  get [STANDARD](): StandardSchemaV1.Props<unknown, Unrecognized<Tag, StructOf<R, O>, S>> {
    return standardProps(this)
  }
}

/** Whether a value is already a rewritten unrecognized variant: every tag `'unrecognized'`, and what was sent kept. */
const isRewritten = (u: Record<string, unknown>, tags: readonly string[], single: boolean): boolean => {
  for (const k of tags) if (own(u, k) !== UNRECOGNIZED) return false
  const sent = own(u, UNRECOGNIZED)
  if (single) return typeof sent === 'string'
  if (!isRecord(sent)) return false
  for (const k of tags) if (typeof own(sent, k) !== 'string') return false
  return true
}

/**
 * The rewrite of an unrecognized variant (see {@link FallbackType}), shared by
 * the codec and the generated fast path: a shallow copy with every tag set to
 * `'unrecognized'` and what was sent in `unrecognized` — the tag's value
 * (`single`), or an object of the tags' values. An already rewritten value is
 * returned as it is. `inPlace` rewrites `u` itself instead of a copy: for the
 * fast path, on values `decode` parsed itself and nobody else holds.
 * @internal
 */
export const rewriteUnrecognized = (
  u: Record<string, unknown>,
  tags: readonly string[],
  single: boolean,
  inPlace = false,
): Record<string, unknown> => {
  if (isRewritten(u, tags, single)) return u
  let sent: unknown = own(u, tags[0] as string)
  if (!single) {
    const o: Record<string, unknown> = {}
    for (const k of tags) o[k] = own(u, k)
    sent = o
  }
  const out = inPlace ? u : copyOf(u)
  for (const k of tags) out[k] = UNRECOGNIZED
  out[UNRECOGNIZED] = sent
  return out
}

/**
 * Builds a {@link FallbackType}: for one tag field, `unrecognized` is the
 * value that was sent; for several (`['event', 'type']`), an object of them.
 * @category combinators
 * @since 0.1.0
 */
export function fallback<Tag extends string, R extends Fields<R>, O extends Fields<O>>(
  name: string,
  tag: Tag,
  required: R,
  optional: O,
): FallbackType<Tag, R, O>
export function fallback<Tag extends string, R extends Fields<R>, O extends Fields<O>>(
  name: string,
  tags: readonly [Tag, Tag, ...Tag[]],
  required: R,
  optional: O,
): FallbackType<Tag, R, O, SentTags<Tag>>
export function fallback<Tag extends string, R extends Fields<R>, O extends Fields<O>>(
  name: string,
  tag: Tag | readonly Tag[],
  required: R,
  optional: O,
): FallbackType<Tag, R, O> | FallbackType<Tag, R, O, SentTags<Tag>> {
  // The overloads tie `S` to the form of `tag`; the class checks the same at run time.
  return new FallbackType<Tag, R, O>(name, tag, struct(name, required, optional))
}

/**
 * A string that starts with `prefix`, typed as a template literal. `known`
 * lists the full values documented so far: lenient decoding accepts any
 * suffix, `strict` decoding only those.
 * @category combinators
 * @since 0.1.0
 */
export class PrefixedType<P extends string> extends t.Type<`${P}${string}`, string> {
  /** @internal */ readonly _kind = 'Prefixed' as const
  readonly known: ReadonlySet<string>
  constructor(
    name: string,
    readonly prefix: P,
    known: readonly string[],
  ) {
    const is = (u: unknown): u is `${P}${string}` => typeof u === 'string' && u.startsWith(prefix)
    super(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), t.identity)
    this.known = new Set(known)
  }
}

/**
 * Builds a {@link PrefixedType}.
 * @category combinators
 * @since 0.1.0
 */
export const prefixed = <P extends string>(name: string, prefix: P, known: readonly string[]): PrefixedType<P> =>
  new PrefixedType(name, prefix, known)

// -------------------------------------------------------------------------------------
// open enums
// -------------------------------------------------------------------------------------

/**
 * An enum the provider keeps growing: every string (or number) is accepted, the
 * documented values stay visible to the type checker, and `strict` decoding
 * rejects the others at their field.
 * @category combinators
 * @since 0.1.0
 */
export class OpenEnumType<V extends string | number> extends t.Type<
  V | (V extends string ? string & {} : number & {}),
  string | number
> {
  /** @internal */ readonly _kind = 'OpenEnum' as const
  readonly known: ReadonlySet<string | number>
  constructor(
    name: string,
    readonly values: readonly V[],
    base: 'string' | 'number',
  ) {
    const is = (u: unknown): u is V => typeof u === base && (base === 'string' || Number.isFinite(u))
    super(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), t.identity)
    this.known = new Set(values)
  }
}

/**
 * An open string enum.
 * @category combinators
 * @since 0.1.0
 * @example
 * const Status = openEnum('ConversationStatus', ['open', 'resolved', 'pending', 'snoozed'])
 */
export const openEnum = <const V extends string>(name: string, values: readonly V[]): OpenEnumType<V> =>
  new OpenEnumType(name, values, 'string')

/**
 * An open number enum (Chatwoot's integer `message_type` inside `messages[]`).
 * @category combinators
 * @since 0.1.0
 */
export const openNumberEnum = <const V extends number>(name: string, values: readonly V[]): OpenEnumType<V> =>
  new OpenEnumType(name, values, 'number')

// -------------------------------------------------------------------------------------
// containers
// -------------------------------------------------------------------------------------
// io-ts's own `array`, `record`, `recursion` and `literal` behave the same; these are
// smaller in a bundle (io-ts's implementations cannot be tree-shaken) and copy an array
// or record only when an element decodes to a new value.

/**
 * A literal value (an event name, a tag).
 * @category combinators
 * @since 0.2.0
 */
export class LiteralOfType<V extends string | number | boolean> extends t.Type<V, V> {
  /** @internal */ readonly _kind = 'LiteralOf' as const
  constructor(
    /** The one value this codec accepts. */
    readonly value: V,
  ) {
    super(
      JSON.stringify(value),
      (u): u is V => u === value,
      (u, c) => (u === value ? t.success(value) : t.failure(u, c)),
      t.identity,
    )
  }
}

/**
 * Builds a {@link LiteralOfType}.
 * @category combinators
 * @since 0.2.0
 */
export const literal = <const V extends string | number | boolean>(value: V): LiteralOfType<V> =>
  new LiteralOfType(value)

/**
 * An array of one codec's values.
 * @category combinators
 * @since 0.2.0
 */
export class ArrayOfType<C extends t.Mixed> extends t.Type<t.TypeOf<C>[], t.OutputOf<C>[]> {
  /** @internal */ readonly _kind: string = 'ArrayOf'
  constructor(
    name: string,
    /** The codec of the elements. */
    readonly type: C,
  ) {
    super(
      name,
      (u): u is t.TypeOf<C>[] => Array.isArray(u) && u.every((x) => type.is(x)),
      (u, c) => {
        if (!Array.isArray(u)) return t.failure(u, c)
        let errors: t.Errors | undefined
        let out: unknown[] = u
        for (let i = 0; i < u.length; i++) {
          const r = type.validate(u[i], t.appendContext(c, String(i), type, u[i]))
          if (r._tag === 'Left') (errors ??= []).push(...r.left)
          else if (r.right !== u[i]) {
            if (out === u) out = u.slice()
            out[i] = r.right
          }
        }
        return errors ? t.failures(errors) : t.success(out)
      },
      (a) => a.map((x): t.OutputOf<C> => type.encode(x) as t.OutputOf<C>),
    )
  }
}

/**
 * Builds an {@link ArrayOfType}.
 * @category combinators
 * @since 0.2.0
 */
export const array = <C extends t.Mixed>(item: C, name = `Array<${item.name}>`): ArrayOfType<C> =>
  new ArrayOfType(name, item)

/**
 * An object used as a map from any string key to one codec's values.
 * @category combinators
 * @since 0.2.0
 */
export class RecordOfType<C extends t.Mixed> extends t.Type<
  Record<string, t.TypeOf<C>>,
  Record<string, t.OutputOf<C>>
> {
  /** @internal */ readonly _kind = 'RecordOf' as const
  constructor(
    name: string,
    /** The codec of the values. */
    readonly codomain: C,
  ) {
    super(
      name,
      (u): u is Record<string, t.TypeOf<C>> => isRecord(u) && Object.keys(u).every((k) => codomain.is(u[k])),
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c)
        let errors: t.Errors | undefined
        let out: Record<string, unknown> = u
        for (const k of Object.keys(u)) {
          const v = u[k]
          const r = codomain.validate(v, t.appendContext(c, k, codomain, v))
          if (r._tag === 'Left') (errors ??= []).push(...r.left)
          else if (r.right !== v) {
            if (out === u) out = copyOf(u)
            Object.defineProperty(out, k, { value: r.right, enumerable: true, writable: true, configurable: true })
          }
        }
        return errors ? t.failures(errors) : t.success(out)
      },
      (a) => {
        const out: Record<string, t.OutputOf<C>> = {}
        for (const k of Object.keys(a))
          Object.defineProperty(out, k, {
            value: codomain.encode(a[k]),
            enumerable: true,
            writable: true,
            configurable: true,
          })
        return out
      },
    )
  }
}

/**
 * Builds a {@link RecordOfType}.
 * @category combinators
 * @since 0.2.0
 */
export const record = <C extends t.Mixed>(codomain: C): RecordOfType<C> =>
  new RecordOfType(`{ [K in string]: ${codomain.name} }`, codomain)

/**
 * A codec defined in terms of itself (nested blocks, traces, expressions);
 * the definition runs once, on first use.
 * @category combinators
 * @since 0.2.0
 */
export class RecursiveOfType<A> extends t.Type<A, A> {
  /** @internal */ readonly _kind = 'RecursiveOf' as const
  private resolved: t.Type<A, A> | undefined
  constructor(
    name: string,
    private readonly definition: (self: t.Type<A, A>) => t.Type<A, A>,
  ) {
    super(
      name,
      (u): u is A => this.type.is(u),
      (u, c) => this.type.validate(u, c),
      (a) => this.type.encode(a),
    )
  }
  /** The codec the definition gives. */
  get type(): t.Type<A, A> {
    return (this.resolved ??= this.definition(this))
  }
}

/**
 * Builds a {@link RecursiveOfType}; `A` is the codec's type, written out
 * (TypeScript cannot infer a recursive type).
 * @category combinators
 * @since 0.2.0
 */
export const recursion = <A>(name: string, definition: (self: t.Type<A, A>) => t.Type<A, A>): RecursiveOfType<A> =>
  new RecursiveOfType(name, definition)

// -------------------------------------------------------------------------------------
// limited arrays
// -------------------------------------------------------------------------------------

/**
 * An array with a documented maximum length that the provider enforces on
 * its side (Proto: ten cards, three buttons). Lenient decoding accepts any
 * length — a longer array is still well-formed — and `strict` decoding
 * reports one over the limit.
 * @category combinators
 * @since 0.2.0
 */
export class LimitedArrayType<C extends t.Mixed> extends ArrayOfType<C> {
  /** @internal */ override readonly _kind = 'LimitedArray'
  constructor(
    name: string,
    item: C,
    /** The most items the provider documents. */
    readonly max: number,
  ) {
    super(name, item)
  }
}

/**
 * Builds a {@link LimitedArrayType}.
 * @category combinators
 * @since 0.2.0
 */
export const limitedArray = <C extends t.Mixed>(
  item: C,
  max: number,
  name = `Array<${item.name}> (at most ${max})`,
): LimitedArrayType<C> => new LimitedArrayType(name, item, max)

// -------------------------------------------------------------------------------------
// anyOf
// -------------------------------------------------------------------------------------

/**
 * An untagged union of a few primitive forms (e.g. `boolean | string`), tried
 * in order; a failure reports one issue naming the union, not one per branch.
 * @category combinators
 * @since 0.1.0
 */
export class AnyOfType<CS extends readonly [t.Mixed, t.Mixed, ...t.Mixed[]]> extends t.Type<
  t.TypeOf<CS[number]>,
  t.TypeOf<CS[number]>
> {
  /** @internal */ readonly _kind = 'AnyOf' as const
  constructor(
    name: string,
    readonly members: CS,
  ) {
    super(
      name,
      (u): u is t.TypeOf<CS[number]> => members.some((m) => m.is(u)),
      (u, c) => {
        for (const m of members) if (m.is(u)) return t.success(u)
        return t.failure(u, c)
      },
      t.identity,
    )
  }
}

/**
 * Builds an {@link AnyOfType}. Members must not convert (every codec here doesn't).
 * @category combinators
 * @since 0.1.0
 */
export const anyOf = <CS extends readonly [t.Mixed, t.Mixed, ...t.Mixed[]]>(name: string, members: CS): AnyOfType<CS> =>
  new AnyOfType(name, members)

// -------------------------------------------------------------------------------------
// primitives
// -------------------------------------------------------------------------------------

const refine = <A>(name: string, is: (u: unknown) => u is A): t.Type<A, A> =>
  new t.Type(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), t.identity)

/**
 * A safe integer, as the providers' numeric ids are.
 * @category primitives
 * @since 0.1.0
 */
export const Int = /*#__PURE__*/ refine('integer', (u): u is number => typeof u === 'number' && Number.isSafeInteger(u))

/**
 * A number the provider documents as an integer but may send with a fraction
 * (Chatwoot's video `width` and `height`, which Rails' video analyzer computes
 * as floats: `479.99999999999994`). Lenient decoding accepts any finite
 * number, so a webhook is never refused over the precision of a detail;
 * strict decoding and the drift report name a fraction as `not_integer`.
 * @category primitives
 * @since 0.3.0
 */
export const IntLike = /*#__PURE__*/ refine('IntLike', (u): u is number => typeof u === 'number' && Number.isFinite(u))

/**
 * A free-form JSON object the library does not look into (`custom_attributes`…).
 * @category primitives
 * @since 0.1.0
 */
export const JsonObject = /*#__PURE__*/ refine('object', isRecord)

/**
 * ISO-8601 date-time text (`2026-06-18T09:10:03.412Z`); a space instead of `T`
 * and a missing zone (read as UTC) are tolerated. Stays a string: convert with
 * `isoToDate`.
 * @category time
 * @since 0.1.0
 */
export const IsoDateTime = /*#__PURE__*/ refine(
  'IsoDateTime',
  (u): u is string => typeof u === 'string' && ISO_SHAPE.test(u),
)
/** The form {@link IsoDateTime} accepts, its parts captured for reading them. @internal */
export const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/
/** {@link ISO_RE} without its captures: a third faster where only a yes or no is wanted. @internal */
export const ISO_SHAPE =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Whole Unix seconds (`0` often means "never"). Stays a number.
 * @category time
 * @since 0.1.0
 */
export const EpochSeconds = /*#__PURE__*/ refine(
  'EpochSeconds',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= 0,
)

/**
 * Unix seconds with a fraction (Chatwoot's conversation `updated_at`). Stays a number.
 * @category time
 * @since 0.1.0
 */
export const FloatSeconds = /*#__PURE__*/ refine(
  'FloatSeconds',
  (u): u is number => typeof u === 'number' && Number.isFinite(u) && u >= 0,
)

/**
 * Unix milliseconds (Channel Talk). Stays a number.
 * @category time
 * @since 0.1.0
 */
export const EpochMillis = /*#__PURE__*/ refine(
  'EpochMillis',
  (u): u is number => Number.isSafeInteger(u) && (u as number) >= 0,
)

/**
 * A browser's `new Date().toString()` text, e.g.
 * `Thu Jun 18 2026 14:40:02 GMT+0530 (India Standard Time)`. Client-supplied,
 * so any string is accepted; `browserDateToDate` reads the usual form.
 * @category time
 * @since 0.1.0
 */
export const BrowserDate = /*#__PURE__*/ refine('BrowserDate', (u): u is string => typeof u === 'string')
