// The codecs are io-ts codecs and the results fp-ts Eithers, although the declarations import neither
// (src/core/io.ts declares both structurally): each way, they must stay interchangeable.
import * as E from 'fp-ts/lib/Either.js'
import * as io from 'io-ts'
import { describe, expectTypeOf, it } from 'vitest'
import type { Either, Mixed, Type, TypeOf } from '../src/core/io.js'
import { decode, type WebhookError } from '../src/index.js'
import * as chatwoot from '../src/providers/chatwoot/index.js'
import * as proto from '../src/providers/proto/index.js'

describe('codecs and io-ts', () => {
  it('passes this library’s codecs to io-ts’s combinators', () => {
    const _contacts = io.array(chatwoot.Contact)
    expectTypeOf<io.TypeOf<typeof _contacts>>().toEqualTypeOf<chatwoot.Contact[]>()
    const _envelope = io.type({ webhook: proto.Webhook, at: io.string })
    expectTypeOf<io.TypeOf<typeof _envelope>>().toEqualTypeOf<{ webhook: proto.Webhook; at: string }>()
    expectTypeOf(chatwoot.Contact).toExtend<io.Type<chatwoot.Contact>>()
    expectTypeOf(proto.Webhook).toExtend<io.Mixed>()
  })

  it('reads a codec’s type with io-ts’s TypeOf or this library’s, alike', () => {
    expectTypeOf<io.TypeOf<typeof chatwoot.Contact>>().toEqualTypeOf<TypeOf<typeof chatwoot.Contact>>()
    expectTypeOf<io.OutputOf<typeof proto.Webhook>>().toEqualTypeOf<proto.Webhook>()
  })

  it('takes io-ts’s codecs where its own are expected', () => {
    expectTypeOf(io.string).toExtend<Type<string>>()
    expectTypeOf(io.type({ id: io.number })).toExtend<Mixed>()
    const _piped = chatwoot.Contact.pipe(io.type({ id: io.number }))
    expectTypeOf<TypeOf<typeof _piped>>().toEqualTypeOf<{ id: number }>()
  })

  it('returns fp-ts Eithers: fp-ts’s functions take them', () => {
    const r = decode('{}')
    expectTypeOf(r).toExtend<E.Either<WebhookError, unknown>>()
    expectTypeOf<Either<string, number>>().toEqualTypeOf<E.Either<string, number>>()
    const events = E.fold(
      (e: WebhookError): string | number => e.code,
      (w: proto.Webhook): string | number => w.events?.length ?? 0,
    )(proto.decode('{}'))
    expectTypeOf(events).toEqualTypeOf<string | number>()
  })
})
