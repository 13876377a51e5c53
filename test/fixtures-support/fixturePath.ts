/** TEST helper: the path of a sample ledger in test/fixtures (copies of the shared sample ledgers). */
import { join } from 'node:path';

export function fixturePath(file: string): string {
  return join(__dirname, '..', 'fixtures', file);
}
