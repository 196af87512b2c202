import { MandatoryReportRaisedV1 } from './mandatory-report-raised';

export * from './mandatory-report-raised';

/** Every event the education service produces. */
export const educationEvents = [MandatoryReportRaisedV1] as const;

export const EducationTopics = {
  EducationMandatoryReportRaisedV1: MandatoryReportRaisedV1.topic,
} as const;
