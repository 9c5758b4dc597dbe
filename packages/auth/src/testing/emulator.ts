// Talking to @repo/bedrock-emulator's control API from tests.
import type { RequestRecord } from '@repo/bedrock-emulator';

export async function emulatorRequests(url: string): Promise<RequestRecord[]> {
  const response = await fetch(`${url}/_emulator/requests`);
  return ((await response.json()) as { requests: RequestRecord[] }).requests;
}

export async function resetEmulator(url: string): Promise<void> {
  await fetch(`${url}/_emulator/reset`, { method: 'POST' });
}

export interface FaultSpec {
  exception?: string;
  message?: string;
  operation?: string;
  model?: string;
  count?: number;
  delayMs?: number;
  /** Streams fail after this many events. */
  afterEvents?: number;
  disconnect?: boolean;
}

export async function injectFault(url: string, fault: FaultSpec): Promise<void> {
  const response = await fetch(`${url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`fault rejected: ${await response.text()}`);
}
