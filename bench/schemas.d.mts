// Types of bench/schemas.mjs, for the test that keeps the bench's references equivalent to the codecs.
import type { Node } from '../src/core/describe.js'

type Describe = (codec: never) => Node
export declare const ajvOf: (schema: object) => (value: unknown) => boolean
export declare const zodOf: (
  codec: unknown,
  describe: Describe,
) => { safeParse: (value: unknown) => { success: boolean } }
