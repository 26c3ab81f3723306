import Markdown from "react-markdown";
import { safeUrl } from "./safeUrl";

/**
 * An article body in Markdown. Raw HTML is never interpreted: react-markdown turns it into text
 * (so `<script>` or `onerror=` read as typed), and every link and image address goes through
 * safeUrl. Links open in a new tab without handing over the page, underlined: in running text
 * colour alone does not tell them apart (axe's link-in-text-block).
 */
export function SafeMarkdown({ body }: { body: string }) {
  return (
    <Markdown
      urlTransform={safeUrl}
      components={{
        a: ({ href, children }) =>
          href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" style={{ textDecoration: "underline" }}>
              {children}
            </a>
          ) : (
            <span>{children}</span>
          ),
      }}
    >
      {body}
    </Markdown>
  );
}
