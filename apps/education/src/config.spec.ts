import { ConfigService } from '@nestjs/config';
import { validateWith } from '@qz/platform';
import { EducationSettings } from './common/education-settings';
import { educationConfigSchema } from './config';

const validate = validateWith(educationConfigSchema);
const base = {
  PORT: '4002',
  MONGO_URL: 'mongodb://127.0.0.1:27017/?retryWrites=false',
  MONGO_DB: 'education',
  KAFKA_BROKERS: '127.0.0.1:9092',
  GATEWAY_PUBLIC_KEY_FILE: '/keys/gateway.public.pem',
};
const settings = (env: Record<string, string>) =>
  new EducationSettings(new ConfigService(validate({ ...base, ...env }) as Record<string, unknown>));

describe('rule 四(二)6 书面报告: the county sets the report deadline (default 3 working days)', () => {
  it('gives 3 working days where the county set nothing', () => {
    expect(settings({}).reportWorkingDays('450702')).toBe(3);
  });

  it('gives a county its own number of days, and the others the default', () => {
    const s = settings({
      DROPOUT_REPORT_WORKING_DAYS: '4',
      DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY: '450721:5,450722:2',
    });
    expect(s.reportWorkingDays('450721')).toBe(5);
    expect(s.reportWorkingDays('450722')).toBe(2);
    expect(s.reportWorkingDays('450702')).toBe(4);
  });

  it('refuses a malformed county list at start, naming the setting', () => {
    expect(() => validate({ ...base, DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY: '灵山:5' })).toThrow(
      /DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY is malformed/,
    );
  });
});

describe('rule 四(二)6 逃学旷课: absence thresholds are settings', () => {
  it('defaults to 3 consecutive days, or 7 within 30 days', () => {
    expect(settings({}).absenceThresholds()).toEqual({
      consecutiveDays: 3,
      cumulativeDays: 7,
      windowDays: 30,
    });
  });
});
