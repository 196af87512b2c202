import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaSecurity } from './kafka-security';

describe('a service’s Kafka credentials (issue 16 §3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qz-sasl-'));
  const file = (content: string) => {
    const path = join(dir, `f${Math.random()}`);
    writeFileSync(path, content);
    return path;
  };

  it('none configured: an unauthenticated connection (the local stack without KAFKA_SASL)', () => {
    expect(kafkaSecurity({})).toEqual({});
  });

  it('the local stack: the user and the password read from its file, SCRAM-SHA-512', () => {
    expect(
      kafkaSecurity({ KAFKA_SASL_USERNAME: 'registry', KAFKA_SASL_PASSWORD_FILE: file('s3cret\n') }),
    ).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'registry', password: 's3cret' },
    });
  });

  it('the cluster (deploy/k8s): the password from the KafkaUser’s Secret, TLS with the cluster’s CA', () => {
    expect(
      kafkaSecurity({
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'police',
        KAFKA_SASL_PASSWORD: 'p',
        KAFKA_SSL_CA_FILE: file('-----BEGIN CERTIFICATE-----'),
      }),
    ).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'police', password: 'p' },
      ssl: { ca: ['-----BEGIN CERTIFICATE-----'] },
    });
  });

  it('refuses a user without a password, a password without a user, and an empty password', () => {
    expect(() => kafkaSecurity({ KAFKA_SASL_USERNAME: 'registry' })).toThrow(/go together/);
    expect(() => kafkaSecurity({ KAFKA_SASL_PASSWORD: 'x' })).toThrow(/go together/);
    expect(() => kafkaSecurity({ KAFKA_SASL_USERNAME: 'r', KAFKA_SASL_PASSWORD_FILE: file(' \n') })).toThrow(
      /empty/,
    );
  });
});
