/**
 * io-ts, as this library's declarations see it: the parts of io-ts the codecs
 * use, under structural declarations of their own — `Type`, its context and
 * errors, and fp-ts's `Either`. The values are io-ts's own (`string` is
 * `t.string`, `Type` is `t.Type`, every codec is an instance of it), so codecs
 * compose with io-ts's combinators in both directions (`t.array(chatwoot.Contact)`,
 * test/io-compat.test-d.ts pins it). What the declarations gain: they import
 * neither io-ts nor fp-ts, whose declarations (fp-ts's `Either` imports every
 * type class) a consumer's type-check would otherwise load on every build
 * (bench/types.mjs measures it).
 *
 * This is the only module that imports io-ts; the codecs import it as `t`.
 *
 * @module
 */
import * as io from 'io-ts'

/** A failure, as fp-ts represents it. @category decoding @since 0.1.0 */
export interface Left<E> {
  /** Says which side: `'Left'`. */
  readonly _tag: 'Left'
  /** The error. */
  readonly left: E
}

/** A success, as fp-ts represents it. @category decoding @since 0.1.0 */
export interface Right<A> {
  /** Says which side: `'Right'`. */
  readonly _tag: 'Right'
  /** The value. */
  readonly right: A
}

/**
 * fp-ts's `Either`, declared structurally: `E.isLeft`, `E.fold` & co. accept it.
 * @category decoding
 * @since 0.1.0
 */
export type Either<E, A> = Left<E> | Right<A>

/** One step of the path io-ts walked to an error: a key and the codec there. @category combinators @since 0.3.0 */
export interface ContextEntry {
  /** The key (or index) walked into; `''` at the root. */
  readonly key: string
  /** The codec at that step. */
  readonly type: Decoder<unknown, unknown>
  /** The input data. */
  readonly actual?: unknown
}

/** The path io-ts walked to an error. @category combinators @since 0.3.0 */
export type Context = readonly ContextEntry[]

/** One io-ts validation error. @category combinators @since 0.3.0 */
export interface ValidationError {
  /** The offending (sub)value. */
  readonly value: unknown
  /** Where the error originated. */
  readonly context: Context
  /** An optional custom message. */
  readonly message?: string
}

/** io-ts's validation errors. @category combinators @since 0.3.0 */
export type Errors = ValidationError[]

/** What an io-ts codec's `validate` and `decode` return. @category combinators @since 0.3.0 */
export type Validation<A> = Either<Errors, A>

/** The decoding half of a codec. @category combinators @since 0.3.0 */
export interface Decoder<I, A> {
  /** The codec's name, the one error messages use (`expected`). */
  readonly name: string
  /** Decodes `i`, the errors' paths starting at `context`. */
  readonly validate: (i: I, context: Context) => Validation<A>
  /** Decodes `i` from the root. */
  readonly decode: (i: I) => Validation<A>
}

/** The encoding half of a codec. @category combinators @since 0.3.0 */
export interface Encoder<A, O> {
  /** Converts a value back to its wire form. */
  // A method, not a function-typed property: a codec of `A` is then also a codec of `unknown` (`Mixed`).
  encode(a: A): O
}

/**
 * An io-ts codec (`t.Type<A, O, I>`), declared structurally: io-ts's codecs
 * are `Type`s and `Type`s are io-ts codecs.
 * @category combinators
 * @since 0.3.0
 */
export interface Type<A, O = A, I = unknown> extends Decoder<I, A>, Encoder<A, O> {
  /** Whether `u` is already a value of the decoded type. */
  readonly is: (u: unknown) => u is A
  /** The decoded type, for `TypeOf` (no value). */
  readonly _A: A
  /** The encoded type, for `OutputOf` (no value). */
  readonly _O: O
  /** The input type (no value). */
  readonly _I: I
  /** A codec that decodes with this one, then with `ab`. */
  // io-ts's own signature, and a narrower overload: TypeScript relates generic methods of two separate
  // declarations loosely, and each direction of assignability (io-ts's to this, this to io-ts's) needs one of
  // the two (test/io-compat.test-d.ts).
  pipe<B, IB, A2 extends IB, OB extends A2>(this: Type<A2, O, I>, ab: Type<B, OB, IB>, name?: string): Type<B, O, I>
  /** A codec that decodes with this one, then with `ab` (which takes what this one decodes to). */
  pipe<B, IB>(this: Type<IB, O, I>, ab: Type<B, IB, IB>, name?: string): Type<B, O, I>
  /** This codec, as a decoder only. */
  asDecoder(): Decoder<I, A>
  /** This codec, as an encoder only. */
  asEncoder(): Encoder<A, O>
}

/** The constructor of io-ts's `Type`, which this library's combinators extend. @internal */
export interface TypeConstructor {
  new <A, O = A, I = unknown>(
    name: string,
    is: (u: unknown) => u is A,
    validate: (i: I, context: Context) => Validation<A>,
    encode: (a: A) => O,
  ): Type<A, O, I>
}

/** io-ts's `Type` class. @internal */
export const Type: TypeConstructor = io.Type

/** Any codec (io-ts's `t.Mixed`). @category combinators @since 0.3.0 */
export type Mixed = Type<unknown, unknown>

/** The type a codec decodes to (io-ts's `t.TypeOf`). @category combinators @since 0.3.0 */
export type TypeOf<C extends Mixed> = C['_A']

/** The type a codec encodes to (io-ts's `t.OutputOf`). @category combinators @since 0.3.0 */
export type OutputOf<C extends Mixed> = C['_O']

/** @internal */
export const string: Type<string> = io.string
/** @internal */
export const number: Type<number> = io.number
/** @internal */
export const boolean: Type<boolean> = io.boolean
/** @internal */
export const unknown: Type<unknown> = io.unknown
const nullType: Type<null> = io.null
export { nullType as null }

/** @internal */
export const success: <A>(value: A) => Validation<A> = io.success
/** @internal */
export const failure: <A>(value: unknown, context: Context, message?: string) => Validation<A> = io.failure
/** @internal */
export const failures: <A>(errors: Errors) => Validation<A> = io.failures
/** @internal */
export const identity: <A>(a: A) => A = io.identity
/** @internal */
export const appendContext: (c: Context, key: string, decoder: Decoder<unknown, unknown>, actual?: unknown) => Context =
  io.appendContext
