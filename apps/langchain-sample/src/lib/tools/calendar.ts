// `get_calendar_events`: the user's Google Calendar for one day, read with a Google access token that Auth0's
// Token Vault hands out for the signed-in user. Until the user has connected their Google account (with the
// calendar scope), Token Vault answers with a TokenVaultInterrupt, which the chat shows as a "connect" card.
import { TokenVaultError } from '@auth0/ai/interrupts';
import { tool } from '@langchain/core/tools';
import { getAccessTokenFromTokenVault } from '@repo/auth/auth0-ai/langchain';
import { CALENDAR_SCOPES, CalendarAccessError, listCalendarEvents, TOOL_DESCRIPTIONS } from '@repo/chat/tools';
import { z } from 'zod';
import type { ToolContext } from './index.ts';

export function calendarTool(context: ToolContext) {
  const { connection, calendarApiUrl } = context.tokenVault;
  const withCalendarAccess = context.auth0AI.withTokenVault({
    connection,
    scopes: CALENDAR_SCOPES,
    // Token Vault exchanges the user's Auth0 refresh token for their Google access token.
    refreshToken: context.getRefreshToken,
    // A fresh exchange for every call: a disconnected account is noticed at once.
    credentialsContext: 'tool-call',
  });
  return withCalendarAccess(
    tool(
      async ({ day }) => {
        try {
          const accessToken = getAccessTokenFromTokenVault();
          const { timeZone, lang } = context;
          return await listCalendarEvents({ apiUrl: calendarApiUrl, accessToken, day, timeZone, lang });
        } catch (error) {
          // Google refused the token (revoked, or without the scope): ask the user to connect again.
          if (error instanceof CalendarAccessError) throw new TokenVaultError(error.message);
          throw error;
        }
      },
      {
        name: 'get_calendar_events',
        description: TOOL_DESCRIPTIONS.get_calendar_events,
        schema: z.object({
          day: z
            .string()
            .min(1)
            .max(20)
            .describe("The day to list: 'today', 'tomorrow', 'yesterday' or a date as YYYY-MM-DD"),
        }),
      },
    ),
  );
}
