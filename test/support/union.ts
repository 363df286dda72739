import type * as t from 'io-ts'
import { TaggedUnionType } from '../../src/core/codecs.js'

/** The tagged union behind an exported codec (declared as a plain `Codec<Webhook>`), for tests that read its variants. */
export const unionOf = (codec: t.Mixed): TaggedUnionType<Record<string, t.Mixed>, t.Mixed, t.Mixed, t.Mixed> => {
  if (!(codec instanceof TaggedUnionType)) throw new TypeError(`${codec.name} is not a tagged union`)
  return codec
}
