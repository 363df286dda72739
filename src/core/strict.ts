/**
 * The closed-world check behind `strict: true`: walks a value that lenient
 * decoding already accepted, along the same codec, and reports every key no
 * codec knows, every open-enum value outside the documented set and every
 * tag that fell to a fallback variant — each at its own JSON pointer.
 *
 * @module
 */
import * as t from './io.js'
import {
  AnyOfType,
  ArrayOfType,
  FallbackType,
  IntLike,
  isRecord,
  LimitedArrayType,
  OpenEnumType,
  own,
  PrefixedType,
  type Props,
  RecordOfType,
  RecursiveOfType,
  StructType,
  TaggedUnionType,
} from './codecs.js'
import { jsonTypeOf, toPointer, type WebhookIssue } from './errors.js'

/** Describes the known values of a union tag or an enum, e.g. `"open" | "resolved"` (numbers unquoted). */
const oneOf = (values: Iterable<string | number>): string => [...values].map((v) => JSON.stringify(v)).join(' | ')

/**
 * What lenient decoding tolerated in a payload: a drift from what the codecs
 * document. `kind` says which sort:
 * - `unknown_key`: a key no codec knows (`expected: 'never'`);
 * - `unknown_value`: an enum value outside the documented set;
 * - `unrecognized`: an event, content or sender type no codec knows (decoded
 *   to an Unrecognized variant);
 * - `over_limit`: more items than the provider documents sending;
 * - `not_integer`: a fraction where the provider documents an integer
 *   (`IntLike`).
 * @category drift
 * @since 0.2.0
 */
export interface DriftItem extends WebhookIssue {
  readonly kind: 'unknown_key' | 'unknown_value' | 'unrecognized' | 'over_limit' | 'not_integer'
}

/**
 * Every part of `value` (already valid for `codec`) that lies outside what the
 * codec documents, each at its JSON pointer. Bounded by the codec's own
 * depth: free-form objects are not entered.
 * @category drift
 * @since 0.2.0
 */
export const driftOf = (codec: t.Mixed, value: unknown): DriftItem[] => {
  const out: DriftItem[] = []
  walk(codec, value, [], out)
  return out
}

/**
 * The drift of `value` as plain issues, for `strict` decoding's error.
 * @category strict
 * @since 0.1.0
 */
export const closedWorldIssues = (codec: t.Mixed, value: unknown): WebhookIssue[] =>
  driftOf(codec, value).map(({ path, expected, received }) => ({ path, expected, received }))

const walk = (
  codec: t.Mixed,
  value: unknown,
  path: (string | number)[],
  out: DriftItem[],
  skip?: readonly string[],
): void => {
  if (value === undefined || value === null) return
  if (codec === IntLike) {
    if (!Number.isSafeInteger(value))
      out.push({ kind: 'not_integer', path: toPointer(path), expected: 'integer', received: 'number' })
  } else if (codec instanceof StructType) {
    // A struct that names no field at all is a free-form envelope (an unrecognized event's body).
    if (!isRecord(value) || codec.known.size === 0 || codec.open) return
    const { required, optional } = codec as StructType<Props, Props>
    for (const k of Object.keys(value)) {
      if (skip?.includes(k)) continue
      const sub = Object.prototype.hasOwnProperty.call(required, k)
        ? required[k]
        : Object.prototype.hasOwnProperty.call(optional, k)
          ? optional[k]
          : undefined
      if (sub) walk(sub, value[k], [...path, k], out)
      else
        out.push({
          kind: 'unknown_key',
          path: toPointer([...path, k]),
          expected: 'never',
          received: jsonTypeOf(value[k]),
        })
    }
  } else if (codec instanceof TaggedUnionType) {
    const u = codec as TaggedUnionType<Record<string, t.Mixed>, t.Mixed>
    const { codec: selected, known } = u.select(value)
    if (known) {
      walk(selected, value, path, out)
      return
    }
    const at = u.unknownTagAt(value)
    out.push({
      kind: 'unrecognized',
      path: toPointer([...path, at.tag]),
      expected: oneOf(at.expected),
      received: jsonTypeOf(isRecord(value) ? own(value, at.tag) : undefined),
    })
    // The rest of an unrecognized variant is still checked against the fields it shares with the known ones.
    // Stryker disable next-line ConditionalExpression: another fallback has no `fields`, and walking nothing finds nothing
    if (selected instanceof FallbackType) walk(selected.fields, value, path, out, u.tags)
  } else if (codec instanceof OpenEnumType) {
    const e = codec as OpenEnumType<string | number>
    if (!e.known.has(value as string | number))
      out.push({ kind: 'unknown_value', path: toPointer(path), expected: oneOf(e.values), received: jsonTypeOf(value) })
  } else if (codec instanceof PrefixedType) {
    const p = codec as PrefixedType<string>
    if (!p.known.has(value as string))
      out.push({ kind: 'unknown_value', path: toPointer(path), expected: oneOf(p.known), received: jsonTypeOf(value) })
  } else if (codec instanceof ArrayOfType) {
    // Strict mode walks decoded values: an array codec's value is an array.
    const items = value as unknown[]
    if (codec instanceof LimitedArrayType && items.length > codec.max)
      out.push({ kind: 'over_limit', path: toPointer(path), expected: `at most ${codec.max} items`, received: 'array' })
    items.forEach((v, i) => {
      walk((codec as ArrayOfType<t.Mixed>).type, v, [...path, i], out)
    })
  } else if (codec instanceof RecordOfType) {
    const d = codec as RecordOfType<t.Mixed>
    const entries = value as Record<string, unknown>
    for (const k of Object.keys(entries)) walk(d.codomain, entries[k], [...path, k], out)
  } else if (codec instanceof RecursiveOfType) {
    walk((codec as RecursiveOfType<unknown>).type, value, path, out)
  } else if (codec instanceof AnyOfType) {
    const m = (codec as AnyOfType<[t.Mixed, t.Mixed]>).members.find((c) => c.is(value))
    // Stryker disable next-line ConditionalExpression: a decoded value matches one of the members
    if (m) walk(m, value, path, out)
  }
}
