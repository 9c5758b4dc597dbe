import { CONNECT_BEDROCK_DOCS, docsUrl } from '@repo/config';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { strings } from '../i18n/strings.ts';
import { TOOL_SUGGESTIONS, toolSuggestions } from '../i18n/suggestions.ts';
import { ChatView } from './ChatView.tsx';
import { ConnectedWindow, connectHref } from './ConnectAccountCard.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { Markdown } from './Markdown.tsx';
import { MessageList } from './MessageList.tsx';
import { SampleDocument } from './SampleDocument.tsx';
import { SourceBadge } from './SourceBadge.tsx';

describe('Markdown', () => {
  it('renders markdown but never raw HTML or script links from the model', () => {
    const html = renderToStaticMarkup(
      <Markdown
        text={
          '**bold** <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n[click](javascript:alert(3)) | a |\n|---|\n| 1 |'
        }
      />,
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/<img|<script|onerror|javascript:/i);
  });

  it('shows an image as a link the browser does not fetch by itself', () => {
    const html = renderToStaticMarkup(
      <Markdown
        text={
          '![chart](https://evil.example/x.png?secret=42) ![local](/auth/logout) ![](//evil.example/y) ![dot](data:image/png;base64,iVBORw0KGgo=)'
        }
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain(
      'href="https://evil.example/x.png?secret=42" target="_blank" rel="noopener noreferrer">chart</a>',
    );
    expect(html).toContain('>//evil.example/y</a>');
    expect(html).toContain('dot');
  });
});

describe('the connect card (Token Vault interrupt)', () => {
  const interrupt = {
    code: 'TOKEN_VAULT_ERROR',
    message: 'Authorization required to access the Token Vault: google-oauth2',
    connection: 'google-oauth2',
    requiredScopes: ['https://www.googleapis.com/auth/calendar.events.readonly'],
  };
  const interrupted = (lang: 'ja' | 'en') =>
    renderToStaticMarkup(
      <MessageList
        lang={lang}
        status="ready"
        messages={[
          {
            id: 'a',
            role: 'assistant',
            parts: [
              {
                type: 'tool',
                id: 't1',
                name: 'get_calendar_events',
                state: 'error',
                input: { day: 'tomorrow' },
                errorText: interrupt.message,
                interrupt,
              },
            ],
          },
        ]}
      />,
    );

  it('asks to connect the account, in both languages, with the scopes and no error', () => {
    const en = interrupted('en');
    expect(en).toContain('Connect your Google account');
    expect(en).toContain('>Connect Google</button>');
    expect(en).toContain('calendar.events.readonly');
    expect(en).toContain('data-state="interrupted"');
    expect(en).not.toContain(interrupt.message);
    const ja = interrupted('ja');
    expect(ja).toContain('Google アカウントの連携が必要です');
    expect(ja).toContain('>Google アカウントを連携する</button>');
  });

  it('goes to the SDK’s /auth/connect with the connection, every scope and where to come back', () => {
    const url = new URL(connectHref(interrupt, '/connected'), 'http://localhost:3000');
    expect(url.pathname).toBe('/auth/connect');
    expect(url.searchParams.get('connection')).toBe('google-oauth2');
    expect(url.searchParams.getAll('scopes')).toEqual(interrupt.requiredScopes);
    expect(url.searchParams.get('returnTo')).toBe('/connected');
  });

  it('ends the connect window on a page that says so in the user language', () => {
    expect(renderToStaticMarkup(<ConnectedWindow lang="ja" />)).toContain('連携が完了しました');
    expect(renderToStaticMarkup(<ConnectedWindow lang="en" />)).toContain('Account connected');
  });
});

describe('MessageList', () => {
  it('shows user text verbatim, assistant markdown and tool cards', () => {
    const html = renderToStaticMarkup(
      <MessageList
        lang="en"
        status="ready"
        messages={[
          { id: 'u1', role: 'user', parts: [{ type: 'text', text: '**not bold** 2*3' }] },
          {
            id: 'a1',
            role: 'assistant',
            parts: [
              {
                type: 'tool',
                id: 't1',
                name: 'calculator',
                state: 'done',
                input: { expression: '2*3' },
                output: { result: 6 },
              },
              { type: 'text', text: 'It is **6**.' },
            ],
          },
        ]}
      />,
    );
    expect(html).toContain('**not bold** 2*3');
    expect(html).toContain('<strong>6</strong>');
    expect(html).toContain('data-tool="calculator"');
    expect(html).toContain('Calculator');
    expect(html).toContain('{&quot;result&quot;:6}');
    expect(html).toContain('&quot;result&quot;: 6');
  });
});

describe('SourceBadge', () => {
  it('names Bedrock with region and model, or the offline emulator, and the sign-in', () => {
    const aws = renderToStaticMarkup(
      <SourceBadge
        lang="en"
        source={{
          bedrock: { mode: 'aws', region: 'ap-northeast-1', model: 'jp.anthropic.claude-sonnet-4-5' },
          signIn: { mode: 'tenant', domain: 'example.jp.auth0.com' },
        }}
      />,
    );
    expect(aws).toContain('Amazon Bedrock · ap-northeast-1 · jp.anthropic.claude-sonnet-4-5');
    expect(aws).toContain('Auth0 tenant · example.jp.auth0.com');
    expect(aws).not.toContain('getting-started');
    const model = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';
    for (const lang of ['ja', 'en'] as const) {
      const offline = renderToStaticMarkup(
        <SourceBadge
          lang={lang}
          source={{ bedrock: { mode: 'emulator', region: 'us-east-1', model }, signIn: { mode: 'dev' } }}
        />,
      );
      expect(offline).toContain(strings(lang).sourceEmulator);
      expect(offline).toContain(strings(lang).signInDev);
      // What the emulator stands in for, and the guide's steps to the real thing in the same language.
      expect(offline).toContain(strings(lang).sourceStandsIn('us-east-1', model));
      expect(offline).toContain(`href="${docsUrl(CONNECT_BEDROCK_DOCS[lang], lang)}"`);
      expect(offline).toContain(`>${strings(lang).connectBedrock}</a>`);
    }
  });
});

describe('ErrorNotice', () => {
  it('links to the guide page in the user language and offers retry only when it can help', () => {
    const denied = renderToStaticMarkup(
      <ErrorNotice
        lang="ja"
        docsBaseUrl="http://localhost:4321/"
        error={{ code: 'model-not-enabled' }}
        onRetry={() => {}}
      />,
    );
    expect(denied).toContain('href="http://localhost:4321/ja/troubleshooting/#bedrock-model-access-denied"');
    // Enabling a model happens on its first call and can take minutes: the message says "retry", so does a button.
    expect(denied).toContain('再試行してください');
    expect(denied).toContain('再試行</button>');
    const noPermission = renderToStaticMarkup(
      <ErrorNotice lang="ja" docsBaseUrl="" error={{ code: 'access-denied' }} onRetry={() => {}} />,
    );
    expect(noPermission).not.toContain('再試行</button>');
    const throttled = renderToStaticMarkup(
      <ErrorNotice lang="en" docsBaseUrl="http://localhost:4321" error={{ code: 'throttled' }} onRetry={() => {}} />,
    );
    expect(throttled).toContain('Retry</button>');
    expect(throttled).toContain('role="alert"');
    const signedOut = renderToStaticMarkup(
      <ErrorNotice lang="en" docsBaseUrl="" error={{ code: 'unauthenticated' }} loginHref="/auth/login" />,
    );
    expect(signedOut).toContain('href="/auth/login"');
  });
});

describe('ChatView', () => {
  const props = {
    lang: 'en' as const,
    messages: [],
    status: 'ready' as const,
    docsBaseUrl: 'http://localhost:4321',
    onSend: () => {},
    onStop: () => {},
    onRetry: () => {},
    onNewConversation: () => {},
  };

  it('offers one example question per tool of the sample in an empty chat, as buttons, and no others', () => {
    const html = renderToStaticMarkup(
      <ChatView {...props} suggestions={toolSuggestions(['search_documents', 'calculator'], 'en')} />,
    );
    expect(html).toContain(
      `<button type="button" class="a0-suggestion">${TOOL_SUGGESTIONS.search_documents?.en}</button>`,
    );
    expect(html).toContain(TOOL_SUGGESTIONS.calculator?.en);
    expect(html).not.toContain(TOOL_SUGGESTIONS.get_user_info?.en);
    expect(renderToStaticMarkup(<ChatView {...props} />)).not.toContain('a0-suggestion"');
  });

  it('keeps a cut-off answer and marks it interrupted, with Retry, for the stream failures', () => {
    const question = { id: 'u1', role: 'user' as const, parts: [{ type: 'text' as const, text: 'Tell me a story' }] };
    const partial = { id: 'a1', role: 'assistant' as const, parts: [{ type: 'text' as const, text: 'Once upon' }] };
    for (const code of ['disconnected', 'stalled'] as const) {
      for (const lang of ['en', 'ja'] as const) {
        const html = renderToStaticMarkup(
          <ChatView {...props} lang={lang} status="error" messages={[question, partial]} error={{ code }} />,
        );
        expect(html).toContain('Once upon');
        expect(html).toContain(`data-error-code="${code}"`);
        expect(html).toContain(`${strings(lang).interruptedHeading}</strong>`);
        expect(html).toContain(`${strings(lang).retry}</button>`);
      }
    }
    // Refused before any text arrived: no answer to call interrupted.
    const refused = renderToStaticMarkup(
      <ChatView {...props} status="error" messages={[question]} error={{ code: 'invalid-request' }} />,
    );
    expect(refused).toContain(`${strings('en').errorHeading}</strong>`);
    expect(refused).toContain('ValidationException');
  });
});

describe('SampleDocument', () => {
  it('sets the page language and starts with a skip link in it', () => {
    const ja = renderToStaticMarkup(
      <SampleDocument lang="ja">
        <main id="main">本文</main>
      </SampleDocument>,
    );
    expect(ja).toBe(
      '<html lang="ja"><head></head><body><a class="a0-skip" href="#main">本文へ移動</a><main id="main">本文</main></body></html>',
    );
    const en = renderToStaticMarkup(<SampleDocument lang="en">{null}</SampleDocument>);
    expect(en).toContain('<html lang="en"><head></head><body><a class="a0-skip" href="#main">Skip to content</a>');
  });
});
