// Types of scripts/check-codegen.mjs, for the tests that generate checks of small codecs.
export declare const generate: (
  t: object,
  core: object,
  root: unknown,
) => { body: string; imports: string[]; converts: boolean; check: string; convert: string | undefined }
