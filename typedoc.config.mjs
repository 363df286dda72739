// TypeDoc's configuration: the entry points and the provider guides come from the registry
// (src/registry.ts), so a provider added there gets its reference page and guide without an edit here.
import { existsSync } from 'node:fs'
import { loadRegistry } from './scripts/generated.mjs'

const { ids } = await loadRegistry()

export default {
  entryPoints: ['src/index.ts', ...ids.map((id) => `src/providers/${id}/index.ts`), 'src/testing/index.ts'],
  projectDocuments: [
    'docs/guides/getting-started.md',
    ...ids.map((id) => `docs/guides/${id}.md`).filter((f) => existsSync(f)),
    'docs/guides/adding-a-provider.md',
    'docs/guides/security.md',
    'docs/guides/recipes.md',
    'docs/guides/errors.md',
    'docs/design.md',
    'docs/events.md',
  ],
  ...{
  "out": "docs/api",
  "name": "chat-webhooks",
  "readme": "docs/index.md",
  "categorizeByGroup": false,
  "excludeInternal": true,
  "excludePrivate": true,
  "treatWarningsAsErrors": true,
  "validation": {
    "notExported": true,
    "invalidLink": true,
    "notDocumented": true
  },
  "sourceLinkExternal": false,
  "disableSources": true,
  "requiredToBeDocumented": [
    "Class",
    "Enum",
    "Function",
    "Interface",
    "TypeAlias",
    "Variable",
    "Namespace"
  ],
  "intentionallyNotExported": [
    "src/core/codecs.ts:Simplify",
    "src/providers/chatwoot/codecs.ts:EventName",
    "src/providers/chatwoot/codecs.ts:ContentType",
    "src/providers/chatwoot/codecs.ts:ContentVariants",
    "src/providers/channeltalk/codecs.ts:EventName",
    "src/providers/oneroute/codecs.ts:EventName",
    "src/match.ts:SomeHandlers",
    "src/match.ts:Returned"
  ],
  "categoryOrder": [
    "provider",
    "normalize",
    "verification",
    "request",
    "*"
  ]
},
}
