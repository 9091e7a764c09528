import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  isMunicipalityNumber,
  isOrganizationNumber,
  organizationNumberCheckDigit,
  randomOrganizationNumber,
  uuidFromName,
} from '../src/identifiers.ts';

describe('organisation numbers (MOD11, weights 3 2 7 6 5 4 3 2)', () => {
  it('accepts real ones', () => {
    expect(isOrganizationNumber('974760673')).toBe(true); // Brønnøysundregistrene
    expect(isOrganizationNumber('923609016')).toBe(true); // Equinor ASA
  });

  it('refuses a wrong check digit, wrong length and non-digits', () => {
    expect(isOrganizationNumber('974760674')).toBe(false);
    expect(isOrganizationNumber('97476067')).toBe(false);
    expect(isOrganizationNumber('9747606731')).toBe(false);
    expect(isOrganizationNumber('97476067a')).toBe(false);
  });

  it('uses 0 as check digit for remainder 0 and has none for remainder 1', () => {
    // 1·3 + 1·2 + 1·7 + 1·6 + 1·5 + 1·4 + 1·3 + 0·2 = 30, remainder 8 → 3
    expect(organizationNumberCheckDigit('11111110')).toBe(3);
    const remainderZero = findPrefix((sum) => sum % 11 === 0);
    expect(organizationNumberCheckDigit(remainderZero)).toBe(0);
    expect(isOrganizationNumber(`${remainderZero}0`)).toBe(true);
    const remainderOne = findPrefix((sum) => sum % 11 === 1);
    expect(organizationNumberCheckDigit(remainderOne)).toBeNull();
    for (let digit = 0; digit <= 9; digit++)
      expect(isOrganizationNumber(`${remainderOne}${digit}`)).toBe(false);
  });
});

function findPrefix(wanted: (sum: number) => boolean): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 10_000_000; ; n++) {
    const prefix = String(n);
    if (wanted(weights.reduce((sum, w, i) => sum + w * Number(prefix[i]), 0))) return prefix;
  }
}

describe('other formats', () => {
  it('municipality numbers are four digits', () => {
    expect(isMunicipalityNumber('0301')).toBe(true);
    expect(isMunicipalityNumber('301')).toBe(false);
    expect(isMunicipalityNumber('03011')).toBe(false);
  });

  it('dates must exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('20.01.2024')).toBe(false);
  });
});

describe('made identifiers', () => {
  it('random organisation numbers are valid', () => {
    let n = 10_000_000;
    for (let i = 0; i < 50; i++) {
      expect(isOrganizationNumber(randomOrganizationNumber(() => String(n++)))).toBe(true);
    }
  });

  it('ids made from names are stable UUIDs', () => {
    expect(uuidFromName('party:A')).toBe(uuidFromName('party:A'));
    expect(uuidFromName('party:A')).not.toBe(uuidFromName('party:H'));
    expect(uuidFromName('party:A')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
