import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { answersOk } from './http.ts';
import { runToEnd, startServer } from './process.ts';

// A server that also starts a child of its own: stop() must end both (the whole process group).
const script = join(tmpdir(), `devtools-server-${process.pid}.mjs`);
writeFileSync(
  script,
  `import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log('grandchild ' + grandchild.pid);
createServer((req, res) => res.end('hello ' + process.env.GREETING)).listen(Number(process.env.PORT), '127.0.0.1');
`,
);

/** Running (a zombie waiting for a reaper counts as ended). */
function alive(pid: number): boolean {
  if (!existsSync('/proc')) {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('startServer', () => {
  it('starts with the given env, waits until it answers, and stops the whole group', async () => {
    const port = await freePort();
    const server = await startServer({
      command: process.execPath,
      args: [script],
      cwd: tmpdir(),
      env: { ...process.env, PORT: String(port), GREETING: 'tests' },
      url: `http://127.0.0.1:${port}/`,
    });
    expect(await (await fetch(server.url)).text()).toBe('hello tests');
    const grandchild = Number(/grandchild (\d+)/.exec(server.output())?.[1]);
    expect(alive(grandchild)).toBe(true);
    await server.stop();
    expect(await answersOk(server.url)).toBe(false);
    await expect.poll(() => alive(grandchild)).toBe(false);
  });

  it('fails with the output when the process dies before answering', async () => {
    const port = await freePort();
    await expect(
      startServer({
        command: process.execPath,
        args: ['-e', 'console.error("config is broken"); process.exit(3)'],
        cwd: tmpdir(),
        env: process.env,
        url: `http://127.0.0.1:${port}/`,
      }),
    ).rejects.toThrow(/exited before .* answered[\s\S]*config is broken/);
  });
});

describe('runToEnd', () => {
  it('resolves with the output, rejects with it on failure', async () => {
    expect(
      await runToEnd(process.execPath, ['-e', 'console.log("built")'], { cwd: tmpdir(), env: process.env }),
    ).toContain('built');
    await expect(
      runToEnd(process.execPath, ['-e', 'console.error("type error"); process.exit(1)'], {
        cwd: tmpdir(),
        env: process.env,
      }),
    ).rejects.toThrow(/exited with 1[\s\S]*type error/);
  });
});
