// The chat's tools, as AI SDK tools. One file per tool, each a function of the request's ToolContext; to add
// a tool, write its file here and list it below. The LangChain sample's src/lib/tools/ has the same files.
import type { Auth0AI } from '@repo/auth/auth0-ai/ai-sdk';
import type { FgaConnection } from '@repo/auth/fga';
import type { ToolContext as SharedToolContext, ShopSettings } from '@repo/chat/tools';
import type { DocumentStore, DocumentUser } from '@repo/documents';
import { calculatorTool } from './calculator.ts';
import { calendarTool } from './calendar.ts';
import { currentTimeTool } from './current-time.ts';
import { searchDocumentsTool } from './search-documents.ts';
import { shopOnlineTool } from './shop-online.ts';
import { userInfoTool } from './user-info.ts';

export interface ToolContext extends SharedToolContext {
  /** Who is asking: the search runs with these access rules, a purchase asks this user for approval. */
  user: DocumentUser;
  documents: () => Promise<DocumentStore>;
  /** Auth0 FGA (or the local dev-fga): decides which documents the search may cite. */
  fga: FgaConnection;
  /** Auth0 for AI Agents with this app's Auth0 application: asynchronous authorization and Token Vault. */
  auth0AI: Auth0AI;
  /** The Shop API the purchase tool orders from. */
  shop: ShopSettings;
  /** Token Vault (Auth0 for AI Agents): the user's tokens for other services' APIs. */
  tokenVault: {
    /** The Auth0 connection to Google (GOOGLE_CONNECTION_NAME). */
    connection: string;
    /** Google's API, or the dev issuer's demo calendar. */
    calendarApiUrl: string;
  };
  /** The session's refresh token, which Token Vault exchanges. */
  getRefreshToken: () => Promise<string | undefined>;
}

export function createTools(context: ToolContext) {
  return {
    get_user_info: userInfoTool(context),
    calculator: calculatorTool(),
    current_time: currentTimeTool(context),
    search_documents: searchDocumentsTool(context),
    shop_online: shopOnlineTool(context),
    get_calendar_events: calendarTool(context),
  };
}
