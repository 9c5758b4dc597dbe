// Keeps tests away from the machine's real AWS setup: no AWS_* variables, empty temp config files (so ~/.aws
// is never read), no instance-metadata lookups. Returns a restore function.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAMES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_BEDROCK',
  'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

export interface IsolatedAwsEnv {
  dir: string;
  /** Writes `content` to a fresh shared-credentials file and points AWS_SHARED_CREDENTIALS_FILE at it. */
  useCredentialsFile(content: string): string;
  /** Writes `content` to a fresh config file and points AWS_CONFIG_FILE at it. */
  useConfigFile(content: string): string;
  restore(): void;
}

export function isolateAwsEnv(): IsolatedAwsEnv {
  const saved = new Map(NAMES.map((name) => [name, process.env[name]]));
  for (const name of NAMES) delete process.env[name];
  const dir = mkdtempSync(join(tmpdir(), 'auth-aws-'));
  let n = 0;
  const write = (variable: string, content: string) => {
    const file = join(dir, `${variable.toLowerCase()}-${++n}`);
    writeFileSync(file, content);
    process.env[variable] = file;
    return file;
  };
  write('AWS_CONFIG_FILE', '');
  write('AWS_SHARED_CREDENTIALS_FILE', '');
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  return {
    dir,
    useCredentialsFile: (content) => write('AWS_SHARED_CREDENTIALS_FILE', content),
    useConfigFile: (content) => write('AWS_CONFIG_FILE', content),
    restore() {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
