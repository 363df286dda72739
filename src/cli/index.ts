/**
 * The `chat-webhooks` command (bin entry). Node only.
 * @module
 */
import { main } from './inspect.js'

process.exitCode = main(process.argv.slice(2))
