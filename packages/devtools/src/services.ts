// The local stand-ins a sample needs in development: the Bedrock emulator (when no Bedrock credential is
// configured), the dev OpenID Connect issuer (when no Auth0 tenant is) and dev-fga (when no FGA store is). Started
// only when needed and not already running (another sample, `pnpm emulator` or `pnpm fga` may have started them);
// only what we started is stopped.
import { join } from 'node:path';
import { answersOk } from './http.ts';

/** The part of @repo/config's Config this reads (structural, so any Config fits). */
export interface ServicesConfig {
  bedrock: { mode: 'aws' | 'emulator'; endpoints: { runtime?: string }; emulatorPort: number };
  auth0: { mode: 'tenant' | 'dev'; devIdpPort: number };
  fga?: { mode: 'dev' | 'remote'; devFgaPort: number };
}

export interface ServicePlan {
  emulator?: { port: number; url: string };
  devIdp?: { port: number; issuer: string };
  devFga?: { port: number; url: string; dataDir: string };
}

export type ServiceName = 'emulator' | 'dev-idp' | 'dev-fga';

/** dev-fga's state, kept across restarts so shares survive: the repository's git-ignored `.data/fga`. */
export const DEV_FGA_DATA_DIR = join(import.meta.dirname, '..', '..', '..', '.data', 'fga');

export interface RunningServices {
  /** What this process started (the rest was already running or not needed). */
  started: ServiceName[];
  reused: ServiceName[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Which local services the config relies on, and where. */
export function planServices(config: ServicesConfig, { fgaDataDir = DEV_FGA_DATA_DIR } = {}): ServicePlan {
  const plan: ServicePlan = {};
  if (config.bedrock.mode === 'emulator') {
    const endpoint = config.bedrock.endpoints.runtime ? new URL(config.bedrock.endpoints.runtime) : undefined;
    // An endpoint elsewhere than loopback is somebody else's emulator: leave it alone.
    if (!endpoint || LOOPBACK.has(endpoint.hostname)) {
      const port = endpoint?.port ? Number(endpoint.port) : config.bedrock.emulatorPort;
      plan.emulator = { port, url: `http://127.0.0.1:${port}` };
    }
  }
  if (config.auth0.mode === 'dev') {
    const port = config.auth0.devIdpPort;
    plan.devIdp = { port, issuer: `http://localhost:${port}` };
  }
  if (config.fga?.mode === 'dev') {
    const port = config.fga.devFgaPort;
    plan.devFga = { port, url: `http://localhost:${port}`, dataDir: fgaDataDir };
  }
  return plan;
}

export interface EnsureOptions {
  /** Emulator pacing: `human` for a demo people watch, `instant` for tests. */
  pacing?: 'human' | 'instant';
  log?: (line: string) => void;
}

/** One local stand-in: how to tell it is already running, and how to start it. */
interface Service {
  name: ServiceName;
  label: string;
  url: string;
  /** Answers 2xx when the service is running. */
  probe: string;
  start: () => Promise<{ url: string; close(): Promise<void> }>;
  /** Runs once it answers, started by us or already running (e.g. the store and model it must hold). */
  ready?: () => Promise<void>;
}

function servicesFor(plan: ServicePlan, options: EnsureOptions): Service[] {
  const services: Service[] = [];
  const { emulator, devIdp, devFga } = plan;
  if (emulator) {
    services.push({
      name: 'emulator',
      label: 'Bedrock emulator',
      url: emulator.url,
      probe: `${emulator.url}/_emulator/health`,
      start: async () => {
        const { startEmulator } = await import('@repo/bedrock-emulator');
        return startEmulator({ port: emulator.port, pacing: options.pacing ?? 'human' });
      },
    });
  }
  if (devIdp) {
    services.push({
      name: 'dev-idp',
      label: 'Dev issuer',
      url: devIdp.issuer,
      probe: `${devIdp.issuer}/.well-known/openid-configuration`,
      start: async () => {
        const { startDevIdp } = await import('@repo/dev-idp');
        const idp = await startDevIdp({ port: devIdp.port });
        return { url: idp.issuer, close: () => idp.close() };
      },
    });
  }
  if (devFga) {
    services.push({
      name: 'dev-fga',
      label: 'dev-fga (OpenFGA)',
      url: devFga.url,
      probe: `${devFga.url}/healthz`,
      start: async () => {
        const { startDevFga } = await import('@repo/dev-fga');
        return startDevFga({ port: devFga.port, dataDir: devFga.dataDir });
      },
      // The samples find their store by name: create it and write the model when missing or changed.
      ready: async () => {
        const { initDevStore } = await import('@repo/dev-fga');
        await initDevStore(devFga.url);
      },
    });
  }
  return services;
}

/** Starts what the plan needs and is not running yet. If two samples race for a port, the loser reuses. */
export async function ensureServices(plan: ServicePlan, options: EnsureOptions = {}): Promise<RunningServices> {
  const log = options.log ?? (() => {});
  const started: ServiceName[] = [];
  const reused: ServiceName[] = [];
  const closers: (() => Promise<void>)[] = [];
  const reuse = (service: Service) => {
    reused.push(service.name);
    log(`${service.label} already running at ${service.url}`);
  };

  const stopAll = () => Promise.allSettled(closers.reverse().map((close) => close()));
  for (const service of servicesFor(plan, options)) {
    if (await answersOk(service.probe)) {
      reuse(service);
    } else {
      try {
        const running = await service.start();
        closers.push(() => running.close());
        started.push(service.name);
        log(`${service.label} started at ${running.url}`);
      } catch (error) {
        if (!(await answersOk(service.probe, 3_000))) {
          await stopAll();
          throw error;
        }
        reuse(service);
      }
    }
    try {
      await service.ready?.();
    } catch (error) {
      await stopAll();
      throw error;
    }
  }

  let closed = false;
  return {
    started,
    reused,
    async close() {
      if (closed) return;
      closed = true;
      await stopAll();
    },
  };
}
