/**
 * Whether a request comes from Acme: its `x-acme-signature` header, else an `acme_event` key.
 *
 * @module
 */
import { detector } from '../../core/detect.js'

/**
 * Whether a request comes from Acme.
 * @category provider
 * @since 0.3.0
 */
export const detect = /*#__PURE__*/ detector(
  (body) => typeof body['acme_event'] === 'string',
  (name) => name === 'x-acme-signature',
)
