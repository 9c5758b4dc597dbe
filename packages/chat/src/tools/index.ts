// Tool logic shared by the samples; each sample wraps it in its framework's tool definition.
import type { Lang } from '@repo/config';

export { type CalculationResult, CalculatorError, calculate, MAX_EXPRESSION_LENGTH } from './calculator.ts';
export {
  CALENDAR_SCOPES,
  CalendarAccessError,
  type CalendarDay,
  CalendarError,
  type CalendarEvent,
  calendarApiUrl,
  GOOGLE_API_URL,
  listCalendarEvents,
  resolveDay,
} from './calendar.ts';
export { type CurrentTime, currentTime, isTimeZone } from './current-time.ts';
export {
  type Citation,
  citationsOf,
  passagesText,
  SEARCH_DOCUMENTS_DESCRIPTION,
} from './search-documents.ts';
export {
  APPROVAL_WINDOW_SECONDS,
  approvalDeviceUrl,
  notApproved,
  PURCHASE_SCOPES,
  placeOrder,
  purchased,
  purchaseInputSchema,
  ShopApiError,
  type ShopSettings,
  shopSettings,
} from './shop.ts';
export { isToolError, ToolError } from './tool-error.ts';
export { fetchUserInfo, UserInfoError } from './user-info.ts';

/** Descriptions the model sees, shared so both samples behave alike. */
export const TOOL_DESCRIPTIONS = {
  get_user_info: "Get the signed-in user's profile (name, email, locale) from the identity provider.",
  calculator: 'Calculate the result of an arithmetic expression, e.g. (12 + 30) * 2 or sqrt(2) ^ 2.',
  current_time: "Get the current date and time in the user's time zone.",
  shop_online:
    "Buy a product online for the user: product, quantity and the price of one item in the user's currency. The purchase waits until the user approves it on their phone.",
  get_calendar_events:
    "List the events on the user's Google Calendar for one day (today, tomorrow, or a date), with their times in the user's time zone.",
} as const;

/** What the shared tools know about the request they run for (each sample binds its tools to one). */
export interface ToolContext {
  /** The user's IANA time zone (from the browser). */
  timeZone: string;
  lang: Lang;
  issuerBaseUrl: string;
  /** The signed-in user's access token for the issuer's APIs (refreshed by the Auth0 SDK when needed). */
  getAccessToken: () => Promise<string>;
}
