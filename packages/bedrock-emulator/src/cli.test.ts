// The CLI as `pnpm emulator` runs it: prints the URL, serves, stops on SIGTERM; bad arguments get a bilingual answer.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => out, errors: () => err };
}

describe('cli', () => {
  it('prints the URL, answers health, and stops on SIGTERM', async () => {
    const cli = run(['--port', '0', '--region', 'ap-northeast-1', '--pacing', 'instant']);
    let url: string | undefined;
    for (let i = 0; i < 300 && !url; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      url = /Bedrock emulator: (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.output())?.[1];
    }
    expect(url).toBeDefined();
    const health = await (await fetch(`${url}/_emulator/health`)).json();
    expect(health).toMatchObject({ status: 'ok', region: 'ap-northeast-1' });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 30_000);

  it.each([
    [['--port', 'abc'], /--port/],
    [['--pacing', 'fast'], /--pacing/],
    [['--region', 'mars-1'], /mars-1/],
    [['--colour'], /引数/],
  ])(
    'rejects %j in Japanese and English',
    async (args, pattern) => {
      const cli = run(args);
      expect(await cli.exited).toBe(2);
      expect(cli.errors()).toMatch(pattern);
      expect(cli.errors()).toMatch(/[ぁ-ん]/);
      expect(cli.errors()).not.toMatch(/\n\s+at /);
    },
    30_000,
  );
});
