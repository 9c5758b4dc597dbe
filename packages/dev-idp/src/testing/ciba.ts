// For tests of asynchronous authorization against the dev issuer: the user's side (a request waiting on the
// device) and a token obtained the way an app gets one (auth0's Backchannel client, the user approving).
import { AuthenticationClient } from 'auth0';
import { DEV_CLIENT_ID, DEV_CLIENT_SECRET } from '../client.ts';
import type { DevIdp } from '../server.ts';
import { trustDevIdp } from '../trust.ts';

type Pending = ReturnType<DevIdp['pendingRequests']>[number];

/** The request waiting for `userId` whose binding message matches, once it arrives (polls up to `timeoutMs`). */
export async function waitForPendingRequest(
  idp: DevIdp,
  userId: string,
  bindingMessage: RegExp,
  timeoutMs = 30_000,
): Promise<Pending> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = idp.pendingRequests(userId).find((request) => bindingMessage.test(request.bindingMessage));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no pending request for ${userId} matching ${bindingMessage}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let requests = 0;

/** An access token from a CIBA request the user approved at once (`auth0`'s client, as an app calls it). */
export async function approvedCibaToken(
  idp: DevIdp,
  { userId, scope, audience }: { userId: string; scope: string; audience: string },
): Promise<string> {
  await trustDevIdp(idp.issuer);
  const client = new AuthenticationClient({
    domain: `localhost:${idp.port}`,
    clientId: DEV_CLIENT_ID,
    clientSecret: DEV_CLIENT_SECRET,
  });
  requests += 1;
  const bindingMessage = `Test request ${requests}`;
  const { auth_req_id } = await client.backchannel.authorize({
    userId,
    binding_message: bindingMessage,
    scope,
    audience,
  });
  const request = await waitForPendingRequest(idp, userId, new RegExp(`^${bindingMessage}$`));
  await idp.answerRequest(userId, request.id, true);
  return (await client.backchannel.backchannelGrant({ auth_req_id })).access_token;
}
