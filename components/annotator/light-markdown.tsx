import { Fragment } from 'react';
import { parseLightMarkdown } from '@/lib/annotations/light-markdown';

/** A note's light Markdown as React elements: text is always text, never HTML. */
export function LightMarkdown({ text }: { text: string }) {
  return (
    <>
      {parseLightMarkdown(text).map((paragraph, i) => (
        <p key={i}>
          {paragraph.map((run, j) => {
            if (run.kind === 'code') return <code key={j}>{run.text}</code>;
            if (run.kind === 'strong') return <strong key={j}>{run.text}</strong>;
            if (run.kind === 'em') return <em key={j}>{run.text}</em>;
            return (
              <Fragment key={j}>
                {run.text.split('\n').map((line, k) => (
                  <Fragment key={k}>
                    {k > 0 ? <br /> : null}
                    {line}
                  </Fragment>
                ))}
              </Fragment>
            );
          })}
        </p>
      ))}
    </>
  );
}
