// Types of bench/schemas.mjs, for the test that keeps the bench's references equivalent to the codecs.
export declare const jsonSchemaOf: (codec: unknown) => object
export declare const ajvOf: (codec: unknown) => (value: unknown) => boolean
export declare const zodOf: (codec: unknown) => { safeParse: (value: unknown) => { success: boolean } }
