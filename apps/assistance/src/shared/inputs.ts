/** Validation shared by the inputs of this service. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = 'must be a date written YYYY-MM-DD';
/** 四(三)1: standards and payment rolls are set by the civil-affairs bureau of a county or the city. */
export const COUNTY_OR_CITY_PATTERN = /^\d{6}$/;
export const COUNTY_OR_CITY_MESSAGE =
  'must be a county or the city (6 digits): standards and payment rolls are set by their civil-affairs bureau';
