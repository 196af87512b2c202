import { DomainError } from '../errors/domain-error';
import { maskResidentIdNumber, parseResidentIdNumber, residentIdCheckChar } from './resident-id-number';

const TODAY = '2026-11-29';

function expectCode(fn: () => unknown, code: string): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    return e as DomainError;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe('GB 11643 resident identity number', () => {
  it('accepts the standard example with an X check character (11010519491231002X)', () => {
    const id = parseResidentIdNumber('11010519491231002X', TODAY);
    expect(id).toEqual({
      value: '11010519491231002X',
      addressCode: '110105',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
  });

  it('accepts a lower-case x and normalises it', () => {
    expect(parseResidentIdNumber('11010519491231002x', TODAY).value).toBe('11010519491231002X');
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    // 4·7+5·9+0·10+7·5+0·8+2·4+2·2+0·1+1·6+5·3+0·7+6·9+0·10+1·5+0·8+0·4+1·2 = 202; 202 mod 11 = 4 → '8'
    expect(residentIdCheckChar('45070220150601001')).toBe('8');
  });

  it('accepts a Qinzhou child and reads birth date and sex from it', () => {
    const id = parseResidentIdNumber('450702201506010018', TODAY);
    expect(id.birthDate).toBe('2015-06-01');
    expect(id.sex).toBe('MALE');
  });

  it('refuses a wrong check digit and says which character it expected', () => {
    const e = expectCode(() => parseResidentIdNumber('450702201506010014', TODAY), 'RESIDENT_ID_CHECK_DIGIT');
    expect(e.message).toContain('require 8');
    expect(e.details.field).toBe('residentIdNumber');
  });

  it('refuses an impossible date (30 February)', () => {
    const first17 = '45070220150230001';
    expectCode(
      () => parseResidentIdNumber(first17 + residentIdCheckChar(first17), TODAY),
      'RESIDENT_ID_BIRTH_DATE_INVALID',
    );
  });

  it('refuses a birth date in the future', () => {
    const first17 = '45070220300101001';
    expectCode(
      () => parseResidentIdNumber(first17 + residentIdCheckChar(first17), TODAY),
      'RESIDENT_ID_BIRTH_DATE_FUTURE',
    );
  });

  it('refuses the wrong length or letters in the digits', () => {
    expectCode(() => parseResidentIdNumber('45070220150601001', TODAY), 'RESIDENT_ID_FORMAT');
    expectCode(() => parseResidentIdNumber('4507022015060100A3', TODAY), 'RESIDENT_ID_FORMAT');
    expectCode(() => parseResidentIdNumber('4'.repeat(10_000), TODAY), 'RESIDENT_ID_FORMAT');
  });

  it('names the field given by the caller', () => {
    const e = expectCode(
      () => parseResidentIdNumber('x', TODAY, 'input.residentIdNumber'),
      'RESIDENT_ID_FORMAT',
    );
    expect(e.details.field).toBe('input.residentIdNumber');
  });

  it('masks every character (the region and birth date a reader sees give the first fourteen)', () => {
    expect(maskResidentIdNumber('450702201506010018')).toBe('******************');
  });
});
