/**
 * One typed description of what a codec built with this library's combinators
 * checks, for the code that walks codecs to make something else of them: the
 * generated fast checks (scripts/check-codegen.ts), the JSON Schemas and the
 * OpenAPI document the package ships (scripts/json-schema.ts), the zod
 * translation of the bench (bench/schemas.mjs), the test data generator
 * (test/support/arbitrary.ts). Each is an interpreter of {@link Node}: a switch
 * over `kind` that the compiler checks for exhaustiveness, so a new combinator
 * is a type error in every interpreter until each handles it — where walkers
 * over `instanceof` chains would silently skip it.
 *
 * A description is shallow: a node names the codecs below it, and an
 * interpreter describes those as it reaches them (codecs repeat and recurse;
 * an interpreter keeps its own table by codec).
 *
 * @module
 */
import * as t from './io.js'
import {
  AnyOfType,
  ArrayOfType,
  BrowserDate,
  EpochMillis,
  EpochSeconds,
  FallbackType,
  FloatSeconds,
  Int,
  IntLike,
  IsoDateTime,
  JsonObject,
  LimitedArrayType,
  LiteralOfType,
  OpenEnumType,
  PrefixedType,
  RecordOfType,
  RecursiveOfType,
  StructType,
  TaggedUnionType,
  type Props,
} from './codecs.js'

/**
 * The values a scalar codec accepts: io-ts's own primitives, and this library's
 * refinements (`Int` is `integer`, `IsoDateTime` is `iso-date-time`…).
 * @internal
 */
export type Scalar =
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'unknown'
  | 'integer'
  | 'int-like'
  | 'epoch-seconds'
  | 'epoch-millis'
  | 'float-seconds'
  | 'iso-date-time'
  | 'browser-date'
  | 'json-object'

/** A field of a struct: its key and its codec. @internal */
export interface Field {
  readonly key: string
  readonly codec: t.Mixed
}

/**
 * What one codec checks, by kind. Every node keeps the codec it describes
 * (`codec`), whose `name` is the one error messages use.
 * @internal
 */
export type Node =
  | { readonly kind: 'scalar'; readonly codec: t.Mixed; readonly scalar: Scalar }
  | { readonly kind: 'literal'; readonly codec: t.Mixed; readonly value: string | number | boolean }
  | {
      readonly kind: 'enum'
      readonly codec: t.Mixed
      readonly values: readonly (string | number)[]
      readonly base: 'string' | 'number'
    }
  | { readonly kind: 'prefixed'; readonly codec: t.Mixed; readonly prefix: string; readonly known: ReadonlySet<string> }
  | {
      readonly kind: 'struct'
      readonly codec: StructType<Props, Props>
      readonly required: readonly Field[]
      readonly optional: readonly Field[]
      /** Keys beyond the fields are documented as free: strict decoding accepts them. */
      readonly open: boolean
    }
  | {
      readonly kind: 'union'
      readonly codec: TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>
      /** The discriminant fields; a variant's key is their values joined by `/`. */
      readonly tags: readonly string[]
      readonly variants: readonly (readonly [key: string, codec: t.Mixed])[]
      /** The variant for tag values no variant has. */
      readonly fallback: t.Mixed
      /** Variants chosen by a prefix of the (single) tag, e.g. `automation_event.`. */
      readonly prefixes: readonly (readonly [prefix: string, codec: t.Mixed])[]
      /** The variant for an object without the (single) tag. */
      readonly missing: t.Mixed | undefined
    }
  | {
      readonly kind: 'fallback'
      readonly codec: FallbackType<string, Props, Props>
      readonly tags: readonly string[]
      /** One tag (`unrecognized` holds its value), not several (an object of their values). */
      readonly single: boolean
      /** The fields this variant knows besides the tags. */
      readonly fields: StructType<Props, Props>
    }
  | { readonly kind: 'array'; readonly codec: t.Mixed; readonly item: t.Mixed; readonly max: number | undefined }
  | { readonly kind: 'record'; readonly codec: t.Mixed; readonly item: t.Mixed }
  | { readonly kind: 'recursive'; readonly codec: t.Mixed; readonly body: t.Mixed }
  | { readonly kind: 'anyOf'; readonly codec: t.Mixed; readonly members: readonly t.Mixed[] }

/** The scalars, by codec identity. */
const SCALARS = new Map<unknown, Scalar>([
  [t.string, 'string'],
  [t.number, 'number'],
  [t.boolean, 'boolean'],
  [t.null, 'null'],
  [t.unknown, 'unknown'],
  [Int, 'integer'],
  [IntLike, 'int-like'],
  [EpochSeconds, 'epoch-seconds'],
  [EpochMillis, 'epoch-millis'],
  [FloatSeconds, 'float-seconds'],
  [IsoDateTime, 'iso-date-time'],
  [BrowserDate, 'browser-date'],
  [JsonObject, 'json-object'],
])

const fields = (props: Props): Field[] => Object.entries(props).map(([key, codec]) => ({ key, codec }))

/**
 * Describes a codec. A codec built otherwise than with this library's
 * combinators (or io-ts's primitives) is an error: an interpreter must never
 * guess what it checks.
 * @internal
 */
export const describe = (codec: t.Mixed): Node => {
  const scalar = SCALARS.get(codec)
  if (scalar) return { kind: 'scalar', codec, scalar }
  if (codec instanceof StructType) {
    const s = codec as StructType<Props, Props>
    return { kind: 'struct', codec: s, required: fields(s.required), optional: fields(s.optional), open: s.open }
  }
  if (codec instanceof TaggedUnionType) {
    const u = codec as TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed>
    return {
      kind: 'union',
      codec: u,
      tags: u.tags,
      variants: Object.entries(u.variants),
      fallback: u.fallback,
      prefixes: Object.entries(u.options.prefixes ?? {}),
      missing: u.options.missing,
    }
  }
  if (codec instanceof FallbackType) {
    const f = codec as FallbackType<string, Props, Props>
    return { kind: 'fallback', codec: f, tags: f.tags, single: f.single, fields: f.fields }
  }
  if (codec instanceof ArrayOfType) {
    const a = codec as ArrayOfType<t.Mixed>
    return { kind: 'array', codec, item: a.type, max: a instanceof LimitedArrayType ? a.max : undefined }
  }
  if (codec instanceof RecordOfType) return { kind: 'record', codec, item: (codec as RecordOfType<t.Mixed>).codomain }
  if (codec instanceof RecursiveOfType)
    return { kind: 'recursive', codec, body: (codec as RecursiveOfType<unknown>).type }
  if (codec instanceof AnyOfType)
    return { kind: 'anyOf', codec, members: (codec as AnyOfType<[t.Mixed, t.Mixed]>).members }
  if (codec instanceof OpenEnumType) {
    const e = codec as OpenEnumType<string | number>
    return { kind: 'enum', codec, values: e.values, base: typeof e.values[0] === 'number' ? 'number' : 'string' }
  }
  if (codec instanceof LiteralOfType) return { kind: 'literal', codec, value: (codec as LiteralOfType<string>).value }
  if (codec instanceof PrefixedType) {
    const p = codec as PrefixedType<string>
    return { kind: 'prefixed', codec, prefix: p.prefix, known: p.known }
  }
  throw new TypeError(`describe: ${codec.name} is not built with chat-webhooks's combinators`)
}

/**
 * The codecs directly below a node, each with its label — a field's key, a
 * variant's key (`unrecognized` for the fallback, `missing` for a missing
 * tag), a position otherwise — in the order the node lists them.
 * @internal
 */
export const entriesOf = (node: Node): (readonly [label: string, codec: t.Mixed])[] => {
  switch (node.kind) {
    case 'scalar':
    case 'literal':
    case 'enum':
    case 'prefixed':
      return []
    case 'struct':
      return [...node.required, ...node.optional].map((f) => [f.key, f.codec] as const)
    case 'union':
      return [
        ...node.variants,
        ['unrecognized', node.fallback] as const,
        ...node.prefixes,
        ...(node.missing ? [['missing', node.missing] as const] : []),
      ]
    case 'fallback':
      return [['0', node.fields]]
    case 'array':
    case 'record':
      return [['0', node.item]]
    case 'recursive':
      return [['0', node.body]]
    case 'anyOf':
      return node.members.map((c, i) => [String(i), c] as const)
  }
}

/** The codecs directly below a node, in the order it lists them. @internal */
export const childrenOf = (node: Node): t.Mixed[] => entriesOf(node).map(([, c]) => c)
