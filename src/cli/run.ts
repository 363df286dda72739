/**
 * The commands of `chat-webhooks`: `inspect` (src/cli/inspect.ts), `sign` and
 * `verify` (src/cli/keys.ts).
 *
 * @module
 */
import { main, type Output } from './inspect.js'
import { keys } from './keys.js'

/**
 * Runs `chat-webhooks <argv…>` and resolves to the exit code.
 * @internal
 */
export const run = async (
  argv: readonly string[],
  io: Output = { out: console.log, err: console.error },
): Promise<number> => {
  const [command, ...rest] = argv
  return command === 'sign' || command === 'verify' ? keys(command, rest, io) : main(argv, io)
}
