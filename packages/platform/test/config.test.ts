import { describe, expect, it } from 'vitest';
import { ConfigurationError, readSubgraphConfig } from '../src/config.ts';

describe('subgraph configuration', () => {
  it('uses embedded PGlite, seeded with demo data, when no database URL is given', () => {
    const config = readSubgraphConfig('municipality', 4001, {});
    expect(config).toMatchObject({ port: 4001, host: 'localhost', databaseUrl: undefined, seed: 'demo' });
    expect(config.dataDir).toMatch(/\.data\/municipality$/);
  });

  it('does not seed a real server unless told to', () => {
    const url = 'postgres://registers@db.example:5432/municipality';
    expect(readSubgraphConfig('municipality', 4001, { MUNICIPALITY_DATABASE_URL: url }).seed).toBe('none');
    expect(
      readSubgraphConfig('municipality', 4001, { MUNICIPALITY_DATABASE_URL: url, MUNICIPALITY_SEED: 'demo' })
        .seed,
    ).toBe('demo');
  });

  it('reads only its own prefixed variables', () => {
    const config = readSubgraphConfig('interests', 4002, {
      MUNICIPALITY_PORT: '5001',
      INTERESTS_PORT: '5002',
    });
    expect(config.port).toBe(5002);
  });

  it.each([
    ['MUNICIPALITY_PORT', 'eighty'],
    ['MUNICIPALITY_PORT', '70000'],
    ['MUNICIPALITY_DATABASE_URL', 'mysql://localhost/municipality'],
    ['MUNICIPALITY_SEED', 'everything'],
    ['DEMO_SCALE', '-1'],
    ['LOG_LEVEL', 'loud'],
  ])('stops with a message naming %s when it is %s', (variable, value) => {
    const read = () => readSubgraphConfig('municipality', 4001, { [variable]: value });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(variable);
  });
});
