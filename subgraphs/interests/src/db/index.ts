import { fileURLToPath } from 'node:url';
import type { Database, Transaction } from '@registers/platform';
import * as schema from './schema/index.ts';

export { schema };
export type InterestsDatabase = Database<typeof schema>;

/** The committed drizzle-kit migrations, applied at start. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
export type InterestsTransaction = Transaction<typeof schema>;
