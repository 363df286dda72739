// Lint: typescript-eslint's strict rules (type-checked for the library's sources) and
// eslint-plugin-regexp, since the library runs hand-written regular expressions on hostile input
// (redaction, markup stripping, codecs). Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js'
import globals from 'globals'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'docs/api/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'scratch/',
      'tools/*/node_modules/',
      'bench/types/consumer.ts',
    ],
  },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strict],
    rules: {
      // The io-ts idiom that names a codec's type: `interface Contact extends t.TypeOf<typeof ContactC> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The library itself: the type-checked rules too.
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers in messages (sizes, positions, limits) read as they print.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A struct with no required fields, a provider with no verify options beyond the request: empty object types on purpose.
      '@typescript-eslint/no-generated-empty-object-type': 'off',
    },
  },
  {
    // The library's declarations import neither io-ts nor fp-ts (src/core/io.ts says why): the code reaches io-ts
    // through src/core/io.ts, and fp-ts not at all.
    files: ['src/**/*.ts', 'test/support/throwaway/**/*.ts'],
    ignores: ['src/core/io.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^io-ts($|/)', message: "Import io-ts's values and types from src/core/io.ts." },
            {
              regex: '^fp-ts($|/)',
              message: 'Use the Either of src/core/io.ts and the constructors of src/core/either.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build broken payloads on purpose: they delete keys by name and assert what they know is there.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-dynamic-delete': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Scripts, the bench and the configuration run on Node; the runtime smoke suite on Bun, Deno and workerd too.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.worker, Bun: 'readonly', Deno: 'readonly' } },
  },
)
