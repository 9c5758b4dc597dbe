import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Model output as markdown, rendered safely: raw HTML in the text is dropped (`skipHtml`, and no
 * rehype-raw), and react-markdown's default URL filter removes `javascript:` and similar links.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="a0-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
