import { ConfigurationError, subgraphConfigSchema, validateWith } from './service-config';

const validate = validateWith(subgraphConfigSchema);
const good = {
  PORT: '4001',
  MONGO_URL: 'mongodb://127.0.0.1:27017/?retryWrites=false',
  MONGO_DB: 'registry',
  KAFKA_BROKERS: '127.0.0.1:9092',
  GATEWAY_PUBLIC_KEY_FILE: '/etc/qz/gateway.public.pem',
};

describe('service configuration', () => {
  it('accepts a complete environment and applies defaults', () => {
    expect(validate(good)).toMatchObject({ PORT: 4001, NODE_ENV: 'development', KAFKA_TOPIC_PREFIX: '' });
  });

  it('names a missing setting', () => {
    const { MONGO_URL: _m, ...rest } = good;
    expect(() => validate(rest)).toThrow(ConfigurationError);
    expect(() => validate(rest)).toThrow(/MONGO_URL is required/);
  });

  it('refuses to start a subgraph that could not tell the gateway’s requests from anyone’s', () => {
    const { GATEWAY_PUBLIC_KEY_FILE: _k, ...rest } = good;
    expect(() => validate(rest)).toThrow(/GATEWAY_PUBLIC_KEY_FILE is required/);
  });

  it('names a malformed setting and says what it should look like', () => {
    expect(() => validate({ ...good, KAFKA_BROKERS: 'localhost' })).toThrow(
      /KAFKA_BROKERS is malformed: host:port/,
    );
    expect(() => validate({ ...good, PORT: '99999' })).toThrow(/PORT is malformed/);
  });
});
