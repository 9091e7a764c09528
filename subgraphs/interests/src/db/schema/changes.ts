// The change feed's table, the same in every subgraph's database (see @registers/platform's
// change-feed module). Here it holds changes to published declarations only.
export { changeEvents, changeType, type ChangeEventRow } from '@registers/platform/change-feed';
