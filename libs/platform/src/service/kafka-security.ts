import { readFileSync } from 'node:fs';

export interface KafkaSecuritySettings {
  KAFKA_SASL_MECHANISM?: 'scram-sha-512' | 'scram-sha-256';
  KAFKA_SASL_USERNAME?: string;
  KAFKA_SASL_PASSWORD?: string;
  KAFKA_SASL_PASSWORD_FILE?: string;
  KAFKA_SSL_CA_FILE?: string;
}

export interface KafkaSecurity {
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256'; username: string; password: string };
  ssl?: { ca: string[] };
}

/**
 * The service's Kafka credentials (issue 16 §3) from its settings, as deploy/k8s sets them: its
 * user (KAFKA_SASL_USERNAME) and password (KAFKA_SASL_PASSWORD from the KafkaUser's Secret, or the
 * file KAFKA_SASL_PASSWORD_FILE names, as the local stack writes them), SCRAM-SHA-512 unless
 * KAFKA_SASL_MECHANISM says otherwise; TLS with the cluster's CA when KAFKA_SSL_CA_FILE is set.
 * Nothing set: an unauthenticated connection (the local stack without KAFKA_SASL). Throws at start
 * on a user without a password or the other way round, or an empty password.
 */
export function kafkaSecurity(settings: KafkaSecuritySettings): KafkaSecurity {
  const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD_FILE: file, KAFKA_SSL_CA_FILE: ca } = settings;
  const password = settings.KAFKA_SASL_PASSWORD ?? (file ? readFileSync(file, 'utf8') : undefined);
  const ssl = ca ? { ssl: { ca: [readFileSync(ca, 'utf8')] } } : {};
  if (username === undefined && password === undefined) return ssl;
  if (!username || password === undefined)
    throw new Error('KAFKA_SASL_USERNAME and its password (KAFKA_SASL_PASSWORD or _FILE) go together');
  if (!password.trim()) throw new Error('the Kafka password is empty');
  const mechanism = settings.KAFKA_SASL_MECHANISM ?? 'scram-sha-512';
  return { sasl: { mechanism, username, password: password.trim() }, ...ssl };
}
