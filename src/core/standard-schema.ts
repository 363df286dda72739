/**
 * Standard Schema v1 (https://standardschema.dev): every struct and tagged
 * union codec of this library is also a Standard Schema validator through its
 * `~standard` property, so provider codecs plug into any library that accepts
 * one (Hono, tRPC, TanStack Form…). Validation is lenient decoding of an
 * already parsed value; issues carry the path as keys and a message naming
 * the expected type and the received JSON type — never the value.
 *
 * The interface is copied from `@standard-schema/spec`, as its authors
 * recommend, so users need no extra dependency.
 *
 * @module
 */
import type * as t from './io.js'
import { issuesFromErrors } from './errors.js'

/**
 * The Standard Schema v1 interface.
 * @category standard schema
 * @since 0.2.0
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>
}

/**
 * The types of the Standard Schema v1 interface.
 * @category standard schema
 * @since 0.2.0
 */
// The Standard Schema specification declares its types in a namespace; this copy keeps its shape exactly.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version number of the standard. */
    readonly version: 1
    /** The vendor name of the schema library. */
    readonly vendor: string
    /** Validates unknown input values. */
    readonly validate: (value: unknown, options?: Options) => Result<Output> | Promise<Result<Output>>
    /** Inferred types associated with the schema. */
    readonly types?: Types<Input, Output> | undefined
  }
  /** The result of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult
  /** Validation succeeded. */
  export interface SuccessResult<Output> {
    readonly value: Output
    readonly issues?: undefined
  }
  /** Options of `validate`. */
  export interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined
  }
  /** Validation failed. */
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>
  }
  /** One issue. */
  export interface Issue {
    readonly message: string
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined
  }
  /** A path segment. */
  export interface PathSegment {
    readonly key: PropertyKey
  }
  /** The input and output types. */
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input
    readonly output: Output
  }
  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input']
  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output']
}

/** A JSON pointer back into keys: array indices become numbers, as Standard Schema paths have them. */
const segments = (pointer: string, root: unknown): PropertyKey[] => {
  if (pointer === '') return []
  const out: PropertyKey[] = []
  let at: unknown = root
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    // Inside an array every key is an index.
    out.push(Array.isArray(at) ? Number(key) : key)
    // Stryker disable next-line ConditionalExpression,LogicalOperator: an issue's path runs through objects and arrays only
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
  }
  return out
}

/**
 * The Standard Schema properties of an io-ts codec: lenient validation of a
 * parsed value.
 * @category standard schema
 * @since 0.2.0
 */
export const standardProps = <A>(codec: t.Type<A, unknown>): StandardSchemaV1.Props<unknown, A> => ({
  version: 1,
  vendor: 'chat-webhooks',
  validate: (value) => {
    // Stryker disable next-line StringLiteral: the root entry's key is never read
    const r = codec.validate(value, [{ key: '', type: codec, actual: value }])
    if (r._tag === 'Right') return { value: r.right }
    return {
      issues: issuesFromErrors(r.left).map((i) => ({
        // Lenient validation has no unknown keys to report: every issue is a wrong type.
        message: `expected ${i.expected}, received ${i.received}`,
        path: segments(i.path, value),
      })),
    }
  },
})
