/** Validation shared by the inputs of this service. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATE_MESSAGE = 'must be a date written YYYY-MM-DD';
export const REGION_CODE_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;
export const REGION_CODE_MESSAGE = 'must be a 6-, 9- or 12-digit division code';
