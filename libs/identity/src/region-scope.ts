/**
 * Region scoping by division code. The codes nest: a city's 6-digit code ends in 00 (450700), a
 * county's does not (450702), a township's 9 digits start with its county's 6, and a village's 12
 * with its township's 9. So a region's subtree is every code that starts with its prefix.
 */
export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

export const isRegionCode = (code: unknown): code is string => typeof code === 'string' && CODE.test(code);

export function regionLevel(code: string): RegionLevel {
  if (!isRegionCode(code)) throw new Error(`not a division code: ${code}`);
  if (code.length === 12) return 'VILLAGE';
  if (code.length === 9) return 'TOWNSHIP';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The prefix every code in the region's subtree starts with. */
export function regionPrefix(code: string): string {
  switch (regionLevel(code)) {
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'CITY':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** Whether `code` lies in the subtree of `scope` (a region covers itself). */
export function regionCovers(scope: string, code: string): boolean {
  if (!isRegionCode(scope) || !isRegionCode(code)) return false;
  if (code.length === 6 && regionLevel(code) !== 'COUNTY') {
    // a city or province code names that whole region: covered only by itself or a region above
    return regionPrefix(code).startsWith(regionPrefix(scope));
  }
  return code.startsWith(regionPrefix(scope));
}
