import { getSnippet } from '@/lib/content';
import { highlightC } from '@/lib/content/highlight';
import { InlineCodeText } from './inline-code-text';

/**
 * A lesson's C snippet, highlighted at build time with line numbers.
 * It renders to static HTML and ships no client JavaScript.
 */
export async function Snippet({ id }: { id: string }) {
  const snippet = getSnippet(id);
  // The content check has already rejected unknown ids; this guards direct misuse.
  if (!snippet) throw new Error(`<Snippet id="${id}"> names no snippet`);
  const html = await highlightC(snippet.code);
  const fileName = snippet.file.split('/').pop();
  const title = snippet.notes?.title;
  const captionId = `snippet-${id}-caption`;
  const notes = snippet.notes?.notes ?? [];

  return (
    <figure className="snippet" data-snippet-id={id}>
      <figcaption id={captionId} className="snippet-caption">
        {title ? <span className="snippet-title">{title}</span> : null}
        <span className="snippet-file">{fileName}</span>
      </figcaption>
      <div
        className="snippet-code"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {notes.length > 0 || snippet.notes?.bugs ? (
        <details className="snippet-notes">
          <summary>Author’s notes ({notes.length})</summary>
          {snippet.notes?.bugs ? (
            <p className="snippet-bugs">
              <strong>Deliberate bugs: </strong>
              <InlineCodeText text={snippet.notes.bugs} />
            </p>
          ) : null}
          <ol>
            {notes.map((note) => (
              <li key={`${note.line}-${note.endLine ?? ''}`}>
                <span className="note-lines">
                  {note.endLine && note.endLine !== note.line ? `Lines ${note.line}–${note.endLine}` : `Line ${note.line}`}
                </span>{' '}
                <InlineCodeText text={note.text} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </figure>
  );
}
