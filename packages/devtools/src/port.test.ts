import { describe, expect, it } from 'vitest';
import { choosePort, portArgument, withoutPort } from './port.ts';

describe('choosePort', () => {
  it('takes --port first, then PORT, then the default', () => {
    expect(choosePort('3005', { PORT: '3100' }, 3000)).toEqual({ port: 3005 });
    expect(choosePort(undefined, { PORT: '3100' }, 3000)).toEqual({ port: 3100 });
    expect(choosePort(undefined, {}, 3001)).toEqual({ port: 3001 });
  });

  it('names what is wrong with a port that is not one', () => {
    expect(choosePort('abc', {}, 3000)).toEqual({ error: '--port must be a port number from 1 to 65535, not "abc".' });
    expect(choosePort(undefined, { PORT: '70000' }, 3000)).toEqual({
      error: 'PORT must be a port number from 1 to 65535, not "70000".',
    });
  });
});

describe('portArgument and withoutPort', () => {
  it('find the last --port, --port= or -p, and remove every one', () => {
    expect(portArgument(['next', 'dev', '--port', '3005'])).toBe('3005');
    expect(portArgument(['--port=3006'])).toBe('3006');
    expect(portArgument(['-p', '3007', '--turbo'])).toBe('3007');
    expect(portArgument(['next', 'dev'])).toBeUndefined();
    expect(withoutPort(['next', 'dev', '--port', '3005', '--turbo', '-p', '1', '--port=2'])).toEqual([
      'next',
      'dev',
      '--turbo',
    ]);
  });
});
