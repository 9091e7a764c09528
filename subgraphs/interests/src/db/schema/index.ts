export * from './declarations.ts';
export * from './changes.ts';
export * from './kommuneregisteret.ts';
export * from './notices.ts';
export * from './elections.ts';
// The audit trail's table, the same in every subgraph's database.
export { auditEntries } from '@registers/platform/audit';
