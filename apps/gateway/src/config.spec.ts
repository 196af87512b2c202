import { ConfigurationError, validateWith } from '@qz/platform';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayConfigSchema } from './config';

describe('issue 16 §6: the gateway’s configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qz-gateway-config-'));
  const key = join(dir, 'gateway.pem');
  writeFileSync(key, 'not checked here');
  const base = {
    PORT: '4000',
    AUTH_ISSUER: 'issuer',
    AUTH_AUDIENCE: 'audience',
    AUTH_JWKS_URL: 'https://idp.example/jwks',
    GATEWAY_PRIVATE_KEY_FILE: key,
  };
  const validate = validateWith(gatewayConfigSchema);
  const problems = (env: Record<string, string>) => {
    try {
      validate(env);
      return [];
    } catch (error) {
      if (error instanceof ConfigurationError) return error.problems;
      throw error;
    }
  };

  it('caps a token’s lifetime at 12 hours unless AUTH_MAX_TOKEN_HOURS says otherwise', () => {
    expect(validate(base).AUTH_MAX_TOKEN_HOURS).toBe(12);
    expect(validate({ ...base, AUTH_MAX_TOKEN_HOURS: '4' }).AUTH_MAX_TOKEN_HOURS).toBe(4);
    expect(problems({ ...base, AUTH_MAX_TOKEN_HOURS: '0' })).toEqual([
      expect.stringContaining('AUTH_MAX_TOKEN_HOURS'),
    ]);
  });

  it('starts in production with introspection off and its keys in place', () => {
    expect(validate({ ...base, NODE_ENV: 'production' })).toMatchObject({ NODE_ENV: 'production' });
    expect(validate({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' })).toBeTruthy();
  });

  it('refuses production with introspection on, naming the setting', () => {
    expect(problems({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toEqual([
      expect.stringMatching(/^GRAPHQL_INTROSPECTION .*NODE_ENV=production/),
    ]);
    // outside production it may be switched on
    expect(problems({ ...base, GRAPHQL_INTROSPECTION: 'true' })).toEqual([]);
  });

  it('refuses production with a key missing, naming the setting', () => {
    const missing = join(dir, 'nowhere.pem');
    expect(problems({ ...base, NODE_ENV: 'production', GATEWAY_PRIVATE_KEY_FILE: missing })).toEqual([
      expect.stringMatching(/^GATEWAY_PRIVATE_KEY_FILE .*nowhere\.pem does not exist/),
    ]);
    const { AUTH_JWKS_URL: _url, ...noIssuerKey } = base;
    expect(problems({ ...noIssuerKey, NODE_ENV: 'production', AUTH_PUBLIC_KEY_FILE: missing })).toEqual([
      expect.stringMatching(/^AUTH_PUBLIC_KEY_FILE .*does not exist/),
    ]);
    const { GATEWAY_PRIVATE_KEY_FILE: _key, ...noGatewayKey } = base;
    expect(problems({ ...noGatewayKey, NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^GATEWAY_PRIVATE_KEY_FILE is required but not set/),
    ]);
  });
});
