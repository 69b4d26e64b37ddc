/** @jest-environment node */
import { type ReviewQueue, dueQuestions, recordReviewAnswer } from '@/lib/review/leitner';

const day = (n: number) => new Date(2026, 0, 1 + n, 9, 30);

describe('the Leitner review schedule', () => {
  it('puts a wrong answer in box 1, due from the start of the next day', () => {
    const q = recordReviewAnswer({}, 'q1', false, day(0));
    expect(q.q1).toMatchObject({ box: 1, lapses: 1 });
    expect(dueQuestions(q, day(0))).toEqual([]);
    expect(dueQuestions(q, new Date(2026, 0, 2, 0, 1))).toEqual(['q1']);
  });

  it('doubles the wait with each right answer and graduates after the top box, over weeks of simulated days', () => {
    let queue: ReviewQueue = recordReviewAnswer({}, 'q1', false, day(0));
    const reviewedOn: number[] = [];
    for (let d = 1; d <= 60 && queue.q1; d++) {
      if (dueQuestions(queue, day(d)).includes('q1')) {
        reviewedOn.push(d);
        queue = recordReviewAnswer(queue, 'q1', true, day(d));
      }
    }
    // Due after 1 day in box 1, then 2, 4, 8 and 16 days; right in box 5, it leaves the queue.
    expect(reviewedOn).toEqual([1, 3, 7, 15, 31]);
    expect(queue.q1).toBeUndefined();
  });

  it('sends a question back to box 1 on a wrong answer in review', () => {
    let queue = recordReviewAnswer({}, 'q1', false, day(0));
    queue = recordReviewAnswer(queue, 'q1', true, day(1));
    queue = recordReviewAnswer(queue, 'q1', true, day(3));
    expect(queue.q1?.box).toBe(3);
    queue = recordReviewAnswer(queue, 'q1', false, day(7));
    expect(queue.q1).toMatchObject({ box: 1, lapses: 2 });
    expect(dueQuestions(queue, day(8))).toEqual(['q1']);
  });

  it('ignores a right answer for a question that is not queued', () => {
    expect(recordReviewAnswer({}, 'q9', true, day(0))).toEqual({});
  });

  it('lists due questions most overdue first', () => {
    let queue = recordReviewAnswer({}, 'late', false, day(0));
    queue = recordReviewAnswer(queue, 'later', false, day(2));
    expect(dueQuestions(queue, day(10))).toEqual(['late', 'later']);
  });
});
