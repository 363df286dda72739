import type * as t from 'io-ts'
import type { TaggedUnionType } from '../../src/core/codecs.js'
import { describe } from '../../src/core/describe.js'

/** The tagged union behind an exported codec (declared as a plain `Codec<Webhook>`), for tests that read its variants. */
export const unionOf = (codec: t.Mixed): TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed> => {
  const n = describe(codec)
  if (n.kind !== 'union') throw new TypeError(`${codec.name} is not a tagged union`)
  return n.codec
}
