import { Gauge, type Registry } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { ChangeReceiptStore } from './store.ts';

/**
 * How far each follower of the change feed is behind it: the feed's latest sequence less the
 * follower's receipt (`feed_follower_lag`, positions). The followers are the register's own
 * system identities, so the label stays bounded.
 */
export function registerFollowerLag(db: MunicipalityDatabase, registry: Registry): void {
  const store = new ChangeReceiptStore(db);
  new Gauge({
    name: 'feed_follower_lag',
    help: "Changes in Kommuneregisteret's feed a follower has not yet acknowledged, by follower",
    labelNames: ['follower'],
    registers: [registry],
    async collect() {
      const [latest, receipts] = await Promise.all([store.latestSequence(), store.listReceipts()]);
      this.reset();
      for (const receipt of receipts) {
        this.set({ follower: receipt.follower }, Math.max(0, latest - receipt.acknowledgedSequence));
      }
    },
  });
}
