// TypeDoc's configuration: the entry points, the provider guides and the provider-specific names
// it may skip come from the registry (src/registry.ts), so a provider added there gets its reference
// page and guide without an edit here.
import { existsSync, readFileSync } from 'node:fs'
import { loadRegistry } from './scripts/generated.mjs'

const { ids } = await loadRegistry()

/** Types a provider's codecs and provider value declare and its index re-declares under the same name (see the providers' index.ts), and the codecs its named types come from. */
const redeclared = (id) => {
  const codecs = readFileSync(`src/providers/${id}/codecs.ts`, 'utf8')
  const provider = readFileSync(`src/providers/${id}/provider.ts`, 'utf8')
  return [
    ...[...codecs.matchAll(/^export type (\w+) = keyof/gm)].map((m) => `src/providers/${id}/codecs.ts:${m[1]}`),
    // The codecs behind the named unions and enums (`type X = t.TypeOf<typeof XC> & {}`, `type X = t.TypeOf<typeof XC>`).
    ...[...codecs.matchAll(/^export type \w+ = t\.TypeOf<typeof (\w+C)>(?: & \{\})?$/gm)].map(
      (m) => `src/providers/${id}/codecs.ts:${m[1]}`,
    ),
    ...[...provider.matchAll(/^export (?:interface|type) (\w+)/gm)].map(
      (m) => `src/providers/${id}/provider.ts:${m[1]}`,
    ),
  ]
}

export default {
  entryPoints: ['src/index.ts', ...ids.map((id) => `src/providers/${id}/index.ts`), 'src/testing/index.ts'],
  out: 'docs/api',
  // TypeDoc's defaults, and SQL for the Postgres recipe.
  highlightLanguages: [
    'bash',
    'console',
    'css',
    'html',
    'javascript',
    'json',
    'jsonc',
    'json5',
    'tsx',
    'typescript',
    'sql',
  ],
  name: 'chat-webhooks',
  readme: 'docs/index.md',
  projectDocuments: [
    'docs/guides/getting-started.md',
    ...ids.map((id) => `docs/guides/${id}.md`).filter((f) => existsSync(f)),
    'docs/guides/adding-a-provider.md',
    'docs/guides/security.md',
    'docs/guides/recipes.md',
    'docs/guides/testing.md',
    'docs/guides/errors.md',
    'docs/design.md',
    'docs/events.md',
  ],
  categorizeByGroup: false,
  categoryOrder: ['provider', 'normalize', 'verification', 'request', '*'],
  excludeInternal: true,
  excludePrivate: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  sourceLinkExternal: false,
  disableSources: true,
  requiredToBeDocumented: ['Class', 'Enum', 'Function', 'Interface', 'TypeAlias', 'Variable', 'Namespace'],
  intentionallyNotExported: [
    'src/core/codecs.ts:Simplify',
    'src/core/codecs.ts:UNRECOGNIZED',
    'src/match.ts:SomeHandlers',
    'src/match.ts:Returned',
    'src/detect.ts:WebhookOf',
    'src/detect.ts:HandleOptionsOf',
    'src/testing/index.ts:Tags',
    'src/testing/index.ts:ProviderWebhook',
    'src/testing/index.ts:TagsOf',
    ...ids.flatMap(redeclared),
  ],
}
