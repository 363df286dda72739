/**
 * The commands of `chat-webhooks`: `inspect` (src/cli/inspect.ts), `sign` and
 * `verify` (src/cli/keys.ts), `send` (src/cli/send.ts), `listen` (src/cli/listen.ts).
 *
 * @module
 */
import { main, type Output } from './inspect.js'
import { keys } from './keys.js'
import { listen } from './listen.js'
import { send } from './send.js'

/**
 * Runs `chat-webhooks <argv…>` and resolves to the exit code.
 * @internal
 */
export const run = async (
  argv: readonly string[],
  io: Output = { out: console.log, err: console.error },
): Promise<number> => {
  const [command, ...rest] = argv
  if (command === 'sign' || command === 'verify') return keys(command, rest, io)
  if (command === 'send') return send(rest, io)
  if (command === 'listen') return listen(rest, io)
  return main(argv, io)
}
