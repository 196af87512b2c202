/**
 * A division code and every region above it, most general first: 450702001 → 450000, 450700,
 * 450702, 450702001. Stored on records so that "everything in county X" is an equality match.
 */
export function regionPath(code: string): string[] {
  const path = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code.slice(0, 6)];
  if (code.length >= 9) path.push(code.slice(0, 9));
  if (code.length === 12) path.push(code);
  return [...new Set(path)];
}

/** The county-level unit (县、区) a region belongs to: the first six digits. */
export const countyOf = (code: string): string => code.slice(0, 6);

export const REGION_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;

/**
 * Names of Qinzhou's county-level units, for the recipients of written reports. The registry owns
 * the region tree; until it publishes region events, education keeps this short copy.
 */
const COUNTY_NAMES: Record<string, string> = {
  '450702': '钦南区',
  '450703': '钦北区',
  '450721': '灵山县',
  '450722': '浦北县',
};

export const countyName = (code: string): string =>
  COUNTY_NAMES[countyOf(code)] ?? `县级行政区${countyOf(code)}`;
