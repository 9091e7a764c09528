export * from './declarations.ts';
// The audit trail's table, the same in every subgraph's database.
export { auditEntries } from '@registers/platform/audit';
