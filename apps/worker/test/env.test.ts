import { describe, expect, it } from 'vitest';
import { loadWorkerEnv, WorkerEnvError } from '../src/env.js';

describe('loadWorkerEnv', () => {
  it('has defaults that run on one machine', () => {
    const c = loadWorkerEnv({});
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.dataDir).toBe('./data');
    expect(c.publicUrl).toBe('http://127.0.0.1:8080');
    expect(c.concurrency).toBeGreaterThanOrEqual(1);
    expect(c.attempts).toBeGreaterThan(1);
    expect(c.keepCompleted.count).toBeGreaterThan(0);
    expect(c.keepFailed.age).toBeGreaterThan(0);
    expect(c.testSlowMs).toBe(0);
  });

  it('parses numbers and trims the public URL', () => {
    const c = loadWorkerEnv({
      PARKBRIEF_CONCURRENCY: '4',
      PARKBRIEF_PUBLIC_URL: 'https://briefs.example.com/',
      PARKBRIEF_KEEP_FAILED: '10',
    });
    expect(c.concurrency).toBe(4);
    expect(c.publicUrl).toBe('https://briefs.example.com');
    expect(c.keepFailed.count).toBe(10);
  });

  it('treats empty strings as unset', () => {
    expect(loadWorkerEnv({ REDIS_URL: '  ' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('names every malformed variable', () => {
    let error: unknown;
    try {
      loadWorkerEnv({ PARKBRIEF_CONCURRENCY: 'lots', REDIS_URL: 'http://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkerEnvError);
    expect((error as WorkerEnvError).variables).toEqual(
      expect.arrayContaining(['PARKBRIEF_CONCURRENCY', 'REDIS_URL']),
    );
    expect((error as Error).message).toContain('PARKBRIEF_CONCURRENCY="lots"');
  });

  it('rejects a concurrency of zero', () => {
    expect(() => loadWorkerEnv({ PARKBRIEF_CONCURRENCY: '0' })).toThrow(/PARKBRIEF_CONCURRENCY/);
  });
});
