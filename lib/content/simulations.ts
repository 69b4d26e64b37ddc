import { irpScenario } from '@/lib/sim/irp/irp-scenarios';
import { labScenario } from '@/lib/sim/locks/lab-scenarios';

/** True when a simulator has a scenario with this id (and version, for the lab); checked at build time. */
export function simulationExists(kind: 'IrpFlow' | 'LockLab', scenario: string, variant?: string): boolean {
  if (kind === 'IrpFlow') return irpScenario(scenario) !== undefined;
  const lab = labScenario(scenario);
  return lab !== undefined && (variant === undefined || lab.variants.some((v) => v.id === variant));
}
