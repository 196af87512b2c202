import { officialRegionTree } from '@qz/kernel';

/** Qinzhou city's division code; a city-wide standard applies to every county under it. */
export const CITY_CODE = '450700';

/** A region this service keeps budgets and standards for: the city or one of its counties (official table). */
export function isQinzhouRegion(code: string): boolean {
  const level = officialRegionTree().get(code)?.level;
  return level === 'CITY' || level === 'COUNTY';
}

/** Any region of the official tree (a village by its township, see `requireKnownArea`). */
export function isQinzhouArea(code: string): boolean {
  try {
    officialRegionTree().requireKnownArea(code, 'regionCode');
    return true;
  } catch {
    return false;
  }
}
