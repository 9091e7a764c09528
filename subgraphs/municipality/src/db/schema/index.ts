export * from './common.ts';
export * from './geography.ts';
export * from './units.ts';
export * from './persons.ts';
export * from './bodies.ts';
export * from './companies.ts';
export * from './changes.ts';
export * from './contacts.ts';
export * from './change-messages.ts';
export * from './elections.ts';
// The audit trail's table, the same in every subgraph's database.
export { auditEntries } from '@registers/platform/audit';
export * from './change-receipts.ts';
