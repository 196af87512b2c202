/** The service (WindowPartService) whose departments' parts this module keeps. */
export const WINDOW_PART_SERVICE_NAME = Symbol('WINDOW_PART_SERVICE_NAME');
/** The service's WindowPartAssessor: its own rules, applied to a part. */
export const WINDOW_PART_ASSESSOR = Symbol('WINDOW_PART_ASSESSOR');
/** The service's WindowPartFulfiller, if any: what an approval becomes in the service's own records. */
export const WINDOW_PART_FULFILLER = Symbol('WINDOW_PART_FULFILLER');
