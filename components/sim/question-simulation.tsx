'use client';

import type { QuestionSimulation as Simulation } from '@/lib/quiz/question-schema';
import { IrpFlow } from './irp-flow';
import { LockLab } from './lock-lab';

/** The simulator a question is about, shown above its answer choices. */
export function QuestionSimulation({ simulation }: { simulation: Simulation }) {
  return simulation.kind === 'irp-flow' ? (
    <IrpFlow scenario={simulation.scenario} step={simulation.step} fixed />
  ) : (
    <LockLab scenario={simulation.scenario} step={simulation.step} variant={simulation.variant} />
  );
}
