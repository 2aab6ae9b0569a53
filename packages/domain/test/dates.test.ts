import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../src/index.js';

describe('IsoDateSchema', () => {
  it('accepts calendar dates, leap days included', () => {
    for (const d of ['2023-09-11', '2024-02-29', '2000-02-29', '2023-12-31'])
      expect(IsoDateSchema.parse(d)).toBe(d);
  });

  it('refuses dates that do not exist, saying so', () => {
    for (const d of ['2023-02-30', '2023-02-29', '1900-02-29', '2023-04-31']) {
      const r = IsoDateSchema.safeParse(d);
      expect(r.success, d).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('must be a date that exists');
    }
  });

  it('refuses malformed dates with the format', () => {
    expect(IsoDateSchema.safeParse('22.07.2024').error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
