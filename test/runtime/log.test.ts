import { describe, expect, it } from 'vitest';
import { createLogger } from '../../runtime/log.js';

describe('logger', () => {
  it('writes JSON lines at or above its level', () => {
    const lines: string[] = [];
    const log = createLogger('warn', (l) => lines.push(l));
    log.debug('no');
    log.info('no');
    log.warn('careful', { issuer: 'https://idp.example', retryInMs: 1000 });
    log.error('broken');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ level: 'warn', msg: 'careful', issuer: 'https://idp.example', retryInMs: 1000 });
    expect(typeof first.time).toBe('string');
    expect([log.enabled('info'), log.enabled('warn')]).toEqual([false, true]);
  });
});
