import { DomainError, domainError } from './domain-error';
import { ERROR_CATALOGUE, ERROR_CATALOGUE_PARTS, isErrorCode, type ErrorCode } from './catalogue';

const KINDS = ['invalid', 'not_found', 'conflict', 'precondition', 'forbidden', 'unavailable'];
const HAN = /\p{Script=Han}/u;
/** A clause of the policy, as English text names it too: 四(二)3. */
const CLAUSE = /[一二三四五六七八九十]+\([一二三四五六七八九十]+\)\d*/gu;

describe('the error catalogue', () => {
  it('defines each code once: no two parts share a code', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, entries] of Object.entries(ERROR_CATALOGUE_PARTS)) {
      for (const code of Object.keys(entries)) {
        if (seen.has(code)) twice.push(`${code} (${seen.get(code)} and ${part})`);
        seen.set(code, part);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(ERROR_CATALOGUE)).toHaveLength(seen.size);
  });

  it('gives every code a kind, a Chinese message and an English one', () => {
    const incomplete = Object.entries(ERROR_CATALOGUE)
      .filter(
        ([, e]) =>
          !KINDS.includes(e.kind) ||
          !HAN.test(e.zh) ||
          e.en.trim().length < 10 ||
          HAN.test(e.en.replace(CLAUSE, '')),
      )
      .map(([code]) => code);
    expect(incomplete).toEqual([]);
  });

  it('names codes as machine codes (upper case words joined by _)', () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((c) => !/^[A-Z]+(_[A-Z]+)*$/.test(c))).toEqual([]);
  });

  it('a DomainError takes its kind and messages from the catalogue unless told otherwise', () => {
    const e = new DomainError('CHILD_NOT_FOUND');
    expect(e.kind).toBe('not_found');
    expect(e.message).toBe(ERROR_CATALOGUE.CHILD_NOT_FOUND.en);
    expect(e.messageZh).toBe(ERROR_CATALOGUE.CHILD_NOT_FOUND.zh);
    const particular = domainError(
      'DATE_IN_FUTURE',
      { field: 'input.at' },
      'input.at 2099-01-01 is in the future',
    );
    expect(particular).toMatchObject({
      code: 'DATE_IN_FUTURE',
      kind: 'invalid',
      details: { field: 'input.at' },
    });
    expect(particular.message).toBe('input.at 2099-01-01 is in the future');
  });

  it('tells a catalogued code from any other string', () => {
    expect(isErrorCode('WRITE_CONTENDED')).toBe(true);
    expect(isErrorCode('NO_SUCH_CODE')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
    const code: ErrorCode = 'OUT_OF_REGION';
    expect(ERROR_CATALOGUE[code].kind).toBe('forbidden');
  });
});
