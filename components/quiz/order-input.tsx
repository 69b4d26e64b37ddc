'use client';

import { useEffect, useRef } from 'react';
import { Html } from './html';
import { type InputProps, plainText } from './input-props';

/**
 * order: the steps as a list, each with Move up / Move down buttons (no drag needed).
 * The current order is always the answer; the first order is a seeded shuffle (see initialAnswer).
 */
export function OrderInput({ rendered, answer, onAnswer, grade, announce }: InputProps<'order'>) {
  const { question, html } = rendered;
  const order = answer?.stepIds ?? question.steps.map((s) => s.id);
  const text = new Map(question.steps.map((s) => [s.id, plainText(s.text)]));
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const pendingFocus = useRef<string | null>(null);

  // After a move re-renders the list, put focus back on the moved step's button.
  useEffect(() => {
    if (!pendingFocus.current) return;
    buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [order]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const [id] = next.splice(index, 1);
    if (id === undefined) return;
    next.splice(target, 0, id);
    onAnswer({ type: 'order', stepIds: next });
    announce(`“${text.get(id)}” moved to position ${target + 1} of ${order.length}.`);
    // Keep focus on the moved step; at an edge the other button is the one still usable.
    const atEdge = target === 0 || target === order.length - 1;
    const direction = atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    pendingFocus.current = `${id}:${direction}`;
  };

  const rightPosition = new Map(question.steps.map((s, i) => [s.id, i]));
  return (
    <ol className="order-list" aria-label="Steps, in your order">
      {order.map((id, index) => {
        const inPlace = rightPosition.get(id) === index;
        return (
          <li key={id} data-step-id={id} className="order-item" data-verdict={grade ? (inPlace ? 'correct' : 'incorrect') : undefined}>
            <span className="order-position" aria-hidden="true">
              {index + 1}
            </span>
            <Html as="span" className="order-text" html={html[`step:${id}`] ?? ''} />
            {grade ? (
              <span className={`verdict verdict-${inPlace ? 'correct' : 'incorrect'}`}>
                {inPlace ? 'In place' : `Belongs at ${(rightPosition.get(id) ?? 0) + 1}`}
              </span>
            ) : (
              <span className="order-buttons">
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${id}:up`, el)}
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move “${text.get(id)}” up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={(el) => void buttons.current.set(`${id}:down`, el)}
                  onClick={() => move(index, 1)}
                  disabled={index === order.length - 1}
                  aria-label={`Move “${text.get(id)}” down`}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
