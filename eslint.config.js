// Lint: typescript-eslint's strict rules (type-checked for the library's sources) and
// eslint-plugin-regexp, since the library runs hand-written regular expressions on hostile input
// (redaction, markup stripping, codecs). Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'docs/api/', 'coverage/', 'reports/', '.stryker-tmp/', 'scratch/', 'tools/*/node_modules/', 'bench/types/consumer.ts'],
  },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strict],
    rules: {
      // The io-ts idiom that names a codec's type: `interface Contact extends t.TypeOf<typeof ContactC> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The library itself: the type-checked rules too.
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', Response: 'readonly', Request: 'readonly', fetch: 'readonly', performance: 'readonly', globalThis: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', AbortController: 'readonly', Headers: 'readonly', crypto: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Deno: 'readonly', Bun: 'readonly', gc: 'readonly' } },
  },
)
