// The fast check and conversion of a codec built in a test, generated the way
// scripts/gen-checks.mjs does at build time, then transpiled and evaluated here (tests may; the
// library never generates code at run time).
import * as t from 'io-ts'
import ts from 'typescript'
import { generate } from '../../scripts/check-codegen.js'
import * as helpers from '../../src/core/check.js'

export const generated = (codec: t.Mixed): { check: helpers.Check; convert: helpers.Convert } => {
  const { body, imports, check: checkName, convert: convertName } = generate(codec)
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText
  const lib = helpers as unknown as Record<string, unknown>

  const make = new Function(...imports, `${js}\nreturn [${checkName}, ${convertName ?? '(u) => u'}]`) as (
    ...fns: unknown[]
  ) => [helpers.Check, helpers.Convert]
  const [check, convert] = make(...imports.map((name) => lib[name]))
  return { check, convert }
}

export const generatedCheck = (codec: t.Mixed): helpers.Check => generated(codec).check
