import 'server-only';
import { createHighlighter, type Highlighter } from 'shiki';

const THEMES = { light: 'github-light-default', dark: 'github-dark-default', hc: 'github-dark-high-contrast' } as const;
let highlighter: Promise<Highlighter> | null = null;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [THEMES.light, THEMES.dark, THEMES.hc], langs: ['c'] });
  return highlighter;
}

/**
 * C source as highlighted HTML, one `<span class="line" data-line="N">` per line.
 * Both themes are emitted as CSS variables; the stylesheet picks one.
 */
export async function highlightC(code: string): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang: 'c',
    themes: THEMES,
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          node.properties['data-line'] = line;
        },
        pre(node) {
          // The figure around it is the labelled, focusable scroll region.
          delete node.properties.tabindex;
        },
      },
    ],
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** C source highlighted line by line: one HTML string of coloured spans per line. */
export async function highlightCLines(code: string): Promise<string[]> {
  const shiki = await getHighlighter();
  const { tokens } = shiki.codeToTokens(code, {
    lang: 'c',
    themes: THEMES,
    defaultColor: false,
  });
  return tokens.map((line) =>
    line
      .map((token) => {
        const style = Object.entries(token.htmlStyle ?? {})
          .map(([k, v]) => `${k}:${v}`)
          .join(';');
        return style ? `<span style="${style}">${escapeHtml(token.content)}</span>` : escapeHtml(token.content);
      })
      .join(''),
  );
}
