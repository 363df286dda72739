/**
 * The registry, as the cross-provider suites iterate it: every provider as
 * the generic `AnyProvider`, by id. A suite that names providers itself would
 * miss the next one; these pick it up.
 */
import type { AnyProvider } from '../../src/core/contract.js'
import { providers } from '../../src/registry.js'

/** Every provider of the registry, as [id, provider]. */
export const everyProvider = (): [string, AnyProvider][] => Object.entries(providers) as [string, AnyProvider][]
