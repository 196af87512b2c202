import { DomainError } from '../errors/domain-error';

/**
 * Division codes (统计用区划代码, GB/T 2260 for the first six digits). The codes nest: a
 * province's 6-digit code ends in 0000 (450000), a city's in 00 (450700), a county's does not
 * (450702); a township's 9 digits start with its county's 6 (450702100) and a village's 12 with
 * its township's 9 (450702100201). Every region-code computation of the project is here.
 */
export type RegionCodeLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/** A code of 6, 9 or 12 digits (for input validators; `isRegionCode` in code). */
export const REGION_CODE_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

/** A code of 6, 9 or 12 digits. */
export const isRegionCode = (code: unknown): code is string =>
  typeof code === 'string' && REGION_CODE_PATTERN.test(code);

/** The code as given, or INVALID_REGION_CODE naming `field`. */
export function parseRegionCode(value: string, field: string): string {
  if (!isRegionCode(value)) {
    throw new DomainError(
      'INVALID_REGION_CODE',
      `${field} must be a division code of 6, 9 or 12 digits, got "${String(value).slice(0, 20)}"`,
      'invalid',
      { field },
    );
  }
  return value;
}

export function regionLevelOf(code: string): RegionCodeLevel {
  if (!isRegionCode(code)) throw new Error(`not a division code: ${String(code).slice(0, 20)}`);
  if (code.length === 12) return 'VILLAGE';
  if (code.length === 9) return 'TOWNSHIP';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The province of any code: 450702100 → 450000. */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

/** The city (prefecture) of any code below a province: 450702100 → 450700. */
export const cityOf = (code: string): string => `${code.slice(0, 4)}00`;

/** The county-level unit (区、县) of a county, township or village code: its first six digits. */
export const countyOf = (code: string): string => code.slice(0, 6);

/** The township (乡镇、街道) of a township or village code; null above the township level. */
export const townshipOf = (code: string): string | null => (code.length >= 9 ? code.slice(0, 9) : null);

/**
 * The code and every region above it, most general first: 450702100201 → 450000, 450700, 450702,
 * 450702100, 450702100201; 450700 → 450000, 450700. Stored on records (`regionPath`) so that
 * "everything in county X" is an equality match.
 */
export function regionAncestry(code: string): string[] {
  const chain = [provinceOf(code), cityOf(code), countyOf(code)];
  const township = townshipOf(code);
  if (township) chain.push(township);
  if (code.length === 12) chain.push(code);
  return [...new Set(chain)];
}

/** The region directly above: a village's township, a township's county, a county's city. */
export function parentOf(code: string): string | null {
  const chain = regionAncestry(code);
  return chain.length > 1 ? chain[chain.length - 2] : null;
}

/** Whether `code` is `region` or lies below it (a region is within itself). Invalid codes: false. */
export function isWithin(code: string, region: string): boolean {
  return isRegionCode(code) && isRegionCode(region) && regionAncestry(code).includes(region);
}

/** The region a stored ancestry (most general first) names: its last code. */
export const regionOfAncestry = (path: readonly string[] | null | undefined): string | null =>
  path?.length ? path[path.length - 1] : null;
