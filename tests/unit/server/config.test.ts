import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../server/src/config';

describe('readConfig', () => {
  it('defaults to port 3000, every interface and ./data from where npm was run', () => {
    const config = readConfig({ INIT_CWD: '/srv/borderline' });
    expect(config).toEqual({
      port: 3000,
      host: undefined,
      dataDir: path.resolve('/srv/borderline', 'data'),
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it('reads PORT, HOST and DATA_DIR', () => {
    const config = readConfig({ PORT: '8080', HOST: '127.0.0.1', DATA_DIR: '/var/lib/borderline' });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe('/var/lib/borderline');
  });

  it('treats an empty HOST as every interface', () => {
    expect(readConfig({ HOST: '' }).host).toBeUndefined();
  });

  it.each([
    ['eighty', 'PORT: expected a port number'],
    ['70000', 'PORT: expected a port from 0 to 65535'],
    ['80.5', 'PORT: expected a whole port number'],
  ])('refuses PORT=%s with a clear message', (port, message) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: port })).toThrow(message);
  });

  it('refuses an unknown log level', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('reads TRUST_PROXY as express does: none, every proxy, a number of hops, or a list', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    expect(() => readConfig({ TRUST_PROXY: 'the usual ones' })).toThrow(
      /TRUST_PROXY: expected true/,
    );
  });

  it('reads DATABASE_URL, a PostgreSQL server, or none (the SQLite file)', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    const url = 'postgres://borderline:secret@db.internal:5432/borderline';
    expect(readConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(readConfig({ DATABASE_URL: 'postgresql://db/borderline' }).databaseUrl).toBe(
      'postgresql://db/borderline',
    );
  });

  it.each(['mysql://db/borderline', 'db.internal:5432', './borderline.db'])(
    'refuses DATABASE_URL=%s in one line naming the variable and the schemes',
    (url) => {
      expect(() => readConfig({ DATABASE_URL: url })).toThrow(ConfigError);
      expect(() => readConfig({ DATABASE_URL: url })).toThrow(
        /^Invalid environment: DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL[^\n]*$/,
      );
    },
  );
});
