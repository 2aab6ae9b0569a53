import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from '../src/index.js';

function capture(level?: 'debug' | 'info' | 'warn' | 'error' | 'silent') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    ...(level ? { level } : {}),
    base: { pid: 7 },
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON line per event with a word level, ISO time, event and fields', () => {
    const { logger, lines } = capture();
    logger.info('job.completed', { jobId: 'a', durationMs: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'job.completed',
      jobId: 'a',
      durationMs: 12,
      pid: 7,
    });
    expect(Date.parse(String(lines[0]!.time))).not.toBeNaN();
  });

  it('drops events under its level', () => {
    const { logger, lines } = capture('warn');
    logger.info('quiet');
    logger.debug('quieter');
    logger.warn('loud');
    expect(lines.map((l) => l.event)).toEqual(['loud']);
  });

  it('serializes errors with name, message and stack', () => {
    const { logger, lines } = capture();
    logger.error('worker.start_failed', { err: new TypeError('boom') });
    expect(lines[0]!.err).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String((lines[0]!.err as { stack: string }).stack)).toContain('boom');
  });

  it('redacts tokens, authorization headers and Redis passwords by configuration', () => {
    const { logger, lines } = capture();
    logger.info('request', {
      token: 's3cret',
      headers: { authorization: 'Bearer s3cret', cookie: 'parkbrief_token=s3cret' },
      redis: 'redis://:hunter2@10.0.0.1:6379/0',
    });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('hunter2');
    expect(lines[0]!.redis).toBe('redis://:***@10.0.0.1:6379/0');
  });

  it('children carry their fields', () => {
    const { logger, lines } = capture();
    logger.child({ queue: 'q' }).info('x');
    expect(lines[0]).toMatchObject({ queue: 'q', event: 'x' });
  });
});

describe('redactUrl', () => {
  it('hides the password of a parseable and of an unparseable URL', () => {
    expect(redactUrl('redis://user:pw@h:1')).toBe('redis://user:***@h:1');
    expect(redactUrl('redis://user:pw@[bad')).not.toContain('pw');
  });
});
