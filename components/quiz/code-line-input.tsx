'use client';

import { type KeyboardEvent, useRef, useState } from 'react';
import { Html } from './html';
import { type InputProps, VERDICT_TEXT, verdictFor } from './input-props';

/**
 * code-line: the snippet as a multi-select listbox of lines.
 * Up/Down/Home/End move, Space or Enter toggles the line; one tab stop for the whole listing.
 */
export function CodeLineInput({ rendered, answer, onAnswer, grade, announce, promptId }: InputProps<'code-line'>) {
  const { question, html, codeLines = [], codeFile } = rendered;
  const selected = new Set(answer?.lines ?? []);
  const [active, setActive] = useState(1);
  const options = useRef(new Map<number, HTMLLIElement | null>());
  const listId = `${question.id}-lines`;

  const toggle = (line: number) => {
    if (grade) return;
    const next = new Set(selected);
    if (next.has(line)) next.delete(line);
    else next.add(line);
    onAnswer({ type: 'code-line', lines: [...next].sort((a, b) => a - b) });
    announce(`Line ${line} ${next.has(line) ? 'selected' : 'cleared'}. ${next.size} selected.`);
  };

  const focusLine = (line: number) => {
    const clamped = Math.min(codeLines.length, Math.max(1, line));
    setActive(clamped);
    options.current.get(clamped)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, line: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusLine(line + 1),
      ArrowUp: () => focusLine(line - 1),
      Home: () => focusLine(1),
      End: () => focusLine(codeLines.length),
      PageDown: () => focusLine(line + 10),
      PageUp: () => focusLine(line - 10),
      ' ': () => toggle(line),
      Enter: () => toggle(line),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div className="code-line-question">
      <p className="code-line-help" id={`${listId}-help`}>
        {grade ? 'Your lines are marked below.' : 'Select lines by clicking them, or with the arrow keys and Space.'}
        {codeFile ? <span className="snippet-file"> {codeFile}</span> : null}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={promptId}
        aria-describedby={`${listId}-help`}
        aria-readonly={grade !== null || undefined}
        className="code-lines shiki"
      >
        {codeLines.map((lineHtml, index) => {
          const line = index + 1;
          const verdict = verdictFor(grade, String(line));
          const note = verdict ? html[`line-note:${line}`] : undefined;
          return (
            <li
              key={line}
              ref={(el) => void options.current.set(line, el)}
              role="option"
              aria-selected={selected.has(line)}
              tabIndex={line === active ? 0 : -1}
              className="code-line"
              data-verdict={verdict}
              onClick={() => {
                setActive(line);
                toggle(line);
              }}
              onKeyDown={(e) => onKeyDown(e, line)}
            >
              <span className="code-line-number">{line}</span>
              <Html as="code" className="code-line-text" html={lineHtml || ' '} />
              {verdict ? <span className={`verdict verdict-${verdict}`}>{VERDICT_TEXT[verdict]}</span> : null}
              {note ? <Html className="item-feedback code-line-note" html={note} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
