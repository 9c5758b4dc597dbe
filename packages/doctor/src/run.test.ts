// The check pipeline: offline steps always run; online steps only without --offline and only when
// the configuration has no error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDoctor } from './run.ts';
import { type DoctorStep, OFFLINE_STEPS } from './steps.ts';

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'doctor-run-'));
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
  writeFileSync(join(repo, 'bad.env'), 'AWS_REGION=tokyo\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const seen: string[] = [];
const onlineStep: DoctorStep = {
  id: 'probe',
  title: { ja: 'テスト用の確認', en: 'test probe' },
  online: true,
  run: (ctx) => {
    seen.push(ctx.config?.bedrock.mode ?? 'no-config');
    return [
      {
        code: 'probe-ran',
        severity: 'warning',
        message: { ja: '確認しました。', en: 'Probed.' },
        fix: { ja: '対応は不要です。', en: 'Nothing to do.' },
        docs: 'troubleshooting/#probe-ran',
      },
    ];
  },
};
const steps = { offline: OFFLINE_STEPS, online: [onlineStep] };

describe('runDoctor pipeline', () => {
  it('runs online steps with the typed config when the configuration is fine', async () => {
    const report = await runDoctor({ cwd: repo, env: {}, steps });
    expect(report.online).toEqual({ ran: ['probe'] });
    expect(seen).toEqual(['emulator']);
    expect(report.ok).toBe(true);
    expect(report.findings.map((f) => f.code)).toContain('probe-ran');
  });

  it('skips online steps with --offline', async () => {
    const report = await runDoctor({ cwd: repo, env: {}, steps, offline: true });
    expect(report.online).toEqual({ ran: [], skipped: 'offline' });
  });

  it('skips online steps when the configuration has errors', async () => {
    const report = await runDoctor({ cwd: repo, env: {}, steps, envFile: 'bad.env' });
    expect(report.ok).toBe(false);
    expect(report.online).toEqual({ ran: [], skipped: 'config-errors' });
    expect(report.findings[0]?.code).toBe('region-invalid');
  });

  it('under NODE_ENV=production, reports what the apps refuse to start with as errors', async () => {
    const report = await runDoctor({ cwd: repo, env: { NODE_ENV: 'production' }, steps, offline: true });
    expect(report.ok).toBe(false);
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.variable]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['production-dev-issuer', 'AUTH0_DOMAIN'],
        ['production-secret-missing', 'AUTH0_SECRET'],
      ]),
    );
  });
});
