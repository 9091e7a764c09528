import { count } from 'drizzle-orm';
import type { InterestsDatabase } from '../db/index.ts';
import { declarations } from '../db/schema/index.ts';

/** True when no declaration has been written yet: a first start. */
export async function isEmpty(db: InterestsDatabase): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(declarations);
  return row?.n === 0;
}
