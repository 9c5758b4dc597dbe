import { describe, expect, it } from 'vitest';
import { devServerArgs } from './dev-listen.ts';

describe('devServerArgs', () => {
  it('binds the dev server to loopback by default', () => {
    expect(devServerArgs([], 3000)).toEqual(['--port', '3000', '--hostname', 'localhost']);
    expect(devServerArgs(['--turbopack'], 3001)).toEqual(['--turbopack', '--port', '3001', '--hostname', 'localhost']);
  });

  it('keeps a hostname the developer asks for', () => {
    expect(devServerArgs(['--hostname', '0.0.0.0'], 3000)).toEqual(['--hostname', '0.0.0.0', '--port', '3000']);
    expect(devServerArgs(['-H', '127.0.0.1'], 3000)).toEqual(['-H', '127.0.0.1', '--port', '3000']);
  });
});
