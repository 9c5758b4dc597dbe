// Tool logic shared by the samples; each sample wraps it in its framework's tool definition.
export { type CalculationResult, CalculatorError, calculate, MAX_EXPRESSION_LENGTH } from './calculator.ts';
export { type CurrentTime, currentTime, isTimeZone } from './current-time.ts';
export { fetchUserInfo, UserInfoError } from './user-info.ts';

/** Descriptions the model sees, shared so both samples behave alike. */
export const TOOL_DESCRIPTIONS = {
  get_user_info: "Get the signed-in user's profile (name, email, locale) from the identity provider.",
  calculator: 'Calculate the result of an arithmetic expression, e.g. (12 + 30) * 2 or sqrt(2) ^ 2.',
  current_time: "Get the current date and time in the user's time zone.",
} as const;
