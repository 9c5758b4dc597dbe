import type { ChatPart } from '../chat-types.ts';
import { type Lang, strings } from '../i18n/strings.ts';

type ToolPart = Extract<ChatPart, { type: 'tool' }>;

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? '';
}

/** A compact card for one tool call: which tool, its input, its result, and whether it is done. */
export function ToolCard({ part, lang }: { part: ToolPart; lang: Lang }) {
  const t = strings(lang);
  const title = t.toolNames[part.name] ?? part.name;
  return (
    <details open className={`a0-tool a0-tool-${part.state}`} data-tool={part.name} data-state={part.state}>
      <summary>
        <span className="a0-tool-name">
          {title} <code>{part.name}</code>
        </span>
        <span className="a0-tool-status" role="status">
          {t.toolStatus[part.state]}
        </span>
      </summary>
      {part.input !== undefined && (
        <div className="a0-tool-section">
          <div className="a0-tool-label">{t.toolInput}</div>
          <pre>{show(part.input)}</pre>
        </div>
      )}
      {part.state === 'done' && (
        <div className="a0-tool-section">
          <div className="a0-tool-label">{t.toolResult}</div>
          <pre>{show(part.output)}</pre>
        </div>
      )}
      {part.state === 'error' && (
        <div className="a0-tool-section">
          <div className="a0-tool-label">{t.toolStatus.error}</div>
          <pre>{part.errorText}</pre>
        </div>
      )}
    </details>
  );
}
