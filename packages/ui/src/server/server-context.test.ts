import { describe, expect, it } from 'vitest';
import { appPort, oncePerProcess } from './server-context.ts';

describe('appPort', () => {
  it('takes PORT when it is a port number, else the default', () => {
    expect(appPort(3000, { PORT: '3100' })).toBe(3100);
    expect(appPort(3000, {})).toBe(3000);
    expect(appPort(3000, { PORT: 'abc' })).toBe(3000);
    expect(appPort(3000, { PORT: '0' })).toBe(3000);
  });
});

describe('oncePerProcess', () => {
  it('builds once for every caller, and again after a failure', async () => {
    let builds = 0;
    const context = oncePerProcess(async () => {
      builds += 1;
      if (builds === 1) throw new Error('database not up yet');
      return { build: builds };
    });
    await expect(context()).rejects.toThrow('database not up yet');
    const [a, b] = await Promise.all([context(), context()]);
    expect(a).toEqual({ build: 2 });
    expect(b).toBe(a);
    expect(await context()).toBe(a);
    expect(builds).toBe(2);
  });
});
