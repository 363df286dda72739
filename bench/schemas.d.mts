// Types of bench/schemas.mjs, for the test that keeps the bench's references equivalent to the codecs.
import type { Node } from '../src/core/describe.js'

type Describe = (codec: never) => Node
export declare const jsonSchemaOf: (codec: unknown, describe: Describe) => object
export declare const ajvOf: (codec: unknown, describe: Describe) => (value: unknown) => boolean
export declare const zodOf: (
  codec: unknown,
  describe: Describe,
) => { safeParse: (value: unknown) => { success: boolean } }
