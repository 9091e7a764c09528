// The change feed's table, the same in every subgraph's database (see @registers/platform's
// change-feed module): one event per change, numbered in commit order.
export { changeEvents, changeType, type ChangeEventRow } from '@registers/platform/change-feed';
