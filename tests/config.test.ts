import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { PulseError } from '../src/errors.ts';

describe('configuration', () => {
  it('defaults to the embedded database on 127.0.0.1:8080', () => {
    const c = loadConfig({}, '/srv/pulse');
    expect(c).toMatchObject({ databaseUrl: null, dataDir: '/srv/pulse/data', host: '127.0.0.1', port: 8080, baseUrl: 'http://127.0.0.1:8080', workers: 4, logLevel: 'info', allowHosts: [] });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads every variable of SPEC', () => {
    const c = loadConfig(
      {
        DATABASE_URL: 'postgres://u@db:5432/pulse',
        PULSE_DATA_DIR: '/var/pulse',
        HOST: '0.0.0.0',
        PORT: '9000',
        PULSE_BASE_URL: 'https://news.example.com/',
        PULSE_SITE_TITLE: 'Desk',
        PULSE_SITE_DESCRIPTION: 'Analyses',
        PULSE_ALLOW_HOSTS: '127.0.0.1, 10.0.0.0/8 ,feeds.internal',
        PULSE_WEBSUB_HUB: 'https://hub.example.com/',
        PULSE_WORKERS: '8',
        LOG_LEVEL: 'DEBUG',
      },
      '/x',
    );
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u@db:5432/pulse',
      dataDir: '/var/pulse',
      host: '0.0.0.0',
      port: 9000,
      baseUrl: 'https://news.example.com',
      siteTitle: 'Desk',
      siteDescription: 'Analyses',
      allowHosts: ['127.0.0.1', '10.0.0.0/8', 'feeds.internal'],
      websubHub: 'https://hub.example.com/',
      workers: 8,
      logLevel: 'debug',
    });
  });

  it('reports every problem at once in one clear message', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: '99999', PULSE_WORKERS: 'many', PULSE_BASE_URL: 'not a url', LOG_LEVEL: 'loud', PULSE_ALLOW_HOSTS: 'ok.host,bad host!' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PulseError);
    const message = (error as PulseError).message;
    expect(message).toMatch(/^configuration: 6 problems:/);
    for (const part of ['DATABASE_URL must use postgres:', 'PORT=99999 is out of range', 'PULSE_WORKERS="many" is not a whole number', 'PULSE_BASE_URL="not a url" is not a valid URL', 'LOG_LEVEL="loud" must be one of', 'PULSE_ALLOW_HOSTS entry "bad host!"']) {
      expect(message).toContain(part);
    }
  });
});
