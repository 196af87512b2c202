/** Qinzhou city's division code; a city-wide standard applies to every county under it. */
export const CITY_CODE = '450700';

/** The county-level unit (区/县/管理区) of a region code: the level budgets and queues are kept at. */
export const countyOf = (regionCode: string): string => regionCode.slice(0, 6);

/** A region code this service knows: Qinzhou itself or one of its county-level units. */
export const isQinzhouRegion = (code: string): boolean => /^4507\d{2}$/.test(code);

/** Any division code inside Qinzhou: the city, a county, a township (9 digits) or a village (12). */
export const isQinzhouArea = (code: string): boolean => /^4507\d{2}(\d{3}){0,2}$/.test(code);
