export * from './declarations.ts';
