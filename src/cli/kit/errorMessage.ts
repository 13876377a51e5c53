/**
 * The message of anything thrown. Errors from Node's own modules may come from another realm
 * (`instanceof Error` fails under jest), so the message is read by shape.
 *
 * @example
 * errorMessage(new Error('ENOENT: no such file')) // 'ENOENT: no such file'
 * errorMessage('boom') // 'boom'
 */
export function errorMessage(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
}
