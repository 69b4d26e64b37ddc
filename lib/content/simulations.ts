import { irpScenario } from '@/lib/sim/irp/irp-scenarios';
import { labScenario } from '@/lib/sim/locks/lab-scenarios';

/** True when a simulator has a scenario with this id (checked at build time). */
export function simulationExists(kind: 'IrpFlow' | 'LockLab', scenario: string): boolean {
  return kind === 'IrpFlow' ? irpScenario(scenario) !== undefined : labScenario(scenario) !== undefined;
}
