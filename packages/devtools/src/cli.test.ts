// `sample-dev` as a process: with no credentials it starts the emulator and the dev issuer, runs the
// command with PORT and --port, and stops both when the command ends.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@repo/testing';
import { describe, expect, it } from 'vitest';
import { hermeticEnv } from './hermetic-env.ts';
import { answersOk } from './http.ts';

const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.ts');

// The "app": reports what it was given and whether the stand-ins answer while it runs.
const command = join(tmpdir(), `devtools-cli-${process.pid}.mjs`);
writeFileSync(
  command,
  `const ok = async (url) => { try { return (await fetch(url)).ok; } catch { return false; } };
console.log(JSON.stringify({
  argv: process.argv.slice(2),
  port: process.env.PORT,
  emulator: await ok('http://127.0.0.1:' + process.env.BEDROCK_EMULATOR_PORT + '/_emulator/health'),
  issuer: await ok('http://localhost:' + process.env.DEV_IDP_PORT + '/.well-known/openid-configuration'),
}));
`,
);

describe('sample-dev', () => {
  it('starts what a fresh clone needs, runs the command, and stops them afterwards', async () => {
    const [emulatorPort, devIdpPort, appPort] = [await freePort(), await freePort(), await freePort()];
    const env = hermeticEnv({
      BEDROCK_MODE: 'emulator',
      BEDROCK_EMULATOR_PORT: String(emulatorPort),
      DEV_IDP_PORT: String(devIdpPort),
      // A configured store: dev-fga (its own test in services.test.ts) would keep state in the checkout's .data/fga.
      FGA_STORE_ID: '01JA1B2C3D4E5F6G7H8J9K0M1N',
    });
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, '--app', 'vercel-ai-sample', '--port', String(appPort), '--', process.execPath, command],
      { env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('OFFLINE DEMO');
    const report = JSON.parse(result.stdout.split('\n').find((line) => line.startsWith('{')) ?? '{}');
    expect(report).toEqual({
      argv: ['--port', String(appPort), '--hostname', 'localhost'],
      port: String(appPort),
      emulator: true,
      issuer: true,
    });
    expect(await answersOk(`http://127.0.0.1:${emulatorPort}/_emulator/health`)).toBe(false);
    expect(await answersOk(`http://localhost:${devIdpPort}/.well-known/openid-configuration`)).toBe(false);
  }, 60_000);

  it('serves on the port given after the command (`pnpm dev --port N`) over PORT and the default, once', async () => {
    const [emulatorPort, devIdpPort, chosenPort, envPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const env = hermeticEnv({
      BEDROCK_MODE: 'emulator',
      BEDROCK_EMULATOR_PORT: String(emulatorPort),
      DEV_IDP_PORT: String(devIdpPort),
      // A configured store: dev-fga (its own test in services.test.ts) would keep state in the checkout's .data/fga.
      FGA_STORE_ID: '01JA1B2C3D4E5F6G7H8J9K0M1N',
      PORT: String(envPort),
    });
    const args = ['--app', 'vercel-ai-sample', '--default-port', '3000', '--', process.execPath, command];
    const run = (extra: string[], runEnv: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, ...args, ...extra], {
        env: runEnv,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const report = (result: ReturnType<typeof run>) =>
      JSON.parse(result.stdout.split('\n').find((line) => line.startsWith('{')) ?? '{}');
    const explicit = run(['--port', String(chosenPort)], env);
    expect(explicit.status, explicit.stderr).toBe(0);
    expect(report(explicit)).toMatchObject({
      argv: ['--port', String(chosenPort), '--hostname', 'localhost'],
      port: String(chosenPort),
    });
    const fromEnv = run([], env);
    expect(report(fromEnv)).toMatchObject({
      argv: ['--port', String(envPort), '--hostname', 'localhost'],
      port: String(envPort),
    });
  }, 120_000);

  it('explains a usage mistake', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--port', '3000'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Missing --app.');
  });
});
