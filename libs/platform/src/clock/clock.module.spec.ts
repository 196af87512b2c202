import { systemClock } from '@qz/kernel';
import { ConfigurationError, subgraphConfigSchema, validateWith } from '../config/service-config';
import { configuredClock } from './clock.module';

describe('the service clock (CLOCK_START)', () => {
  it('is the system clock unless CLOCK_START is set', () => {
    expect(configuredClock('development', undefined)).toBe(systemClock);
  });

  it('starts at CLOCK_START outside production', () => {
    const clock = configuredClock('test', '2027-01-29T09:00:00+08:00');
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2027-01-29T01:00:00Z'));
    expect(clock.now().getTime()).toBeLessThan(Date.parse('2027-01-29T01:10:00Z'));
  });

  it('refuses to start in production with CLOCK_START, naming it', () => {
    expect(() => configuredClock('production', '2027-01-29T09:00:00+08:00')).toThrow(ConfigurationError);
    expect(() => configuredClock('production', '2027-01-29T09:00:00+08:00')).toThrow(/CLOCK_START/);
  });

  it('a CLOCK_START that is not an ISO date and time with its offset stops the service at start', () => {
    const validate = validateWith(subgraphConfigSchema);
    const env = {
      PORT: '4001',
      MONGO_URL: 'mongodb://127.0.0.1:27017/',
      MONGO_DB: 'registry',
      KAFKA_BROKERS: '127.0.0.1:9092',
      GATEWAY_PUBLIC_KEY_FILE: '/etc/qz/gateway.public.pem',
    };
    expect(() => validate({ ...env, CLOCK_START: '2027-01-29' })).toThrow(/CLOCK_START is malformed/);
    expect(validate({ ...env, CLOCK_START: '2027-01-29T09:00:00+08:00' })).toMatchObject({
      CLOCK_START: '2027-01-29T09:00:00+08:00',
    });
  });
});
