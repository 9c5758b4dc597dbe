import { describe, expect, it } from 'vitest';
import { appPort, oncePerProcess } from './once-per-process.ts';

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

describe('oncePerProcess with a globalKey', () => {
  it('shares the value between two helpers of the same key (a module loaded again by a dev reload)', async () => {
    let builds = 0;
    const create = async () => ({ build: ++builds });
    const key = `test.${crypto.randomUUID()}`;
    const first = await oncePerProcess(create, { globalKey: key })();
    expect(await oncePerProcess(create, { globalKey: key })()).toBe(first);
    expect(builds).toBe(1);
  });
});
