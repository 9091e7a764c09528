export * from './geography.ts';
export * from './units.ts';
export * from './persons.ts';
