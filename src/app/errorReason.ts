/** The message of anything thrown (Office's errors are not always Error instances); for messages to the user. */
export function errorReason(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}
