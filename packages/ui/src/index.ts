// @repo/ui: the chat UI shared by the samples. Framework-neutral React: no Next.js or AI SDK imports.

export {
  CHAT_ERRORS,
  type ChatErrorCode,
  type ChatErrorPayload,
  type ChatMessage,
  type ChatPart,
  type ChatStatus,
  decodeChatError,
  type SourceInfo,
  type ToolInterrupt,
  type ToolState,
  type UserInfo,
} from '@repo/chat/errors';
export { browserTimeZone } from './browser-time-zone.ts';
export { AppHeader, type AppHeaderProps } from './components/AppHeader.tsx';
export { ChatView, type ChatViewProps } from './components/ChatView.tsx';
export { Composer } from './components/Composer.tsx';
export {
  CONNECTED_PATH,
  ConnectAccountCard,
  ConnectedWindow,
  connectHref,
  providerName,
} from './components/ConnectAccountCard.tsx';
export { DocumentsPanel, SampleNav } from './components/DocumentsPanel.tsx';
export { ErrorNotice } from './components/ErrorNotice.tsx';
export { Landing, type LandingProps } from './components/Landing.tsx';
export { LanguageSwitch } from './components/LanguageSwitch.tsx';
export { Markdown } from './components/Markdown.tsx';
export { MessageList } from './components/MessageList.tsx';
export { NotFound } from './components/NotFound.tsx';
export { PurchaseCard } from './components/PurchaseCard.tsx';
export { SampleDocument, type SampleDocumentProps } from './components/SampleDocument.tsx';
export { SignInError, type SignInErrorProps } from './components/SignInError.tsx';
export { SourceBadge } from './components/SourceBadge.tsx';
export { ToolCard } from './components/ToolCard.tsx';
export { UserMenu } from './components/UserMenu.tsx';
export { DOCUMENTS_STRINGS, type DocumentsStrings, documentsStrings } from './i18n/documents.ts';
export { isLang, LANG_COOKIE, LANGS, type Lang, pickLang, STRINGS, strings, type UiStrings } from './i18n/index.ts';
export { PAGE_STRINGS, type PageStrings, pageStrings, signInErrorKind } from './i18n/pages.ts';
export { PURCHASE_STRINGS, type PurchaseStrings } from './i18n/purchase-strings.ts';
export { TOOL_SUGGESTIONS, toolSuggestions } from './i18n/suggestions.ts';
