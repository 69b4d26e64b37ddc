import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/lesson/callout';
import { Diagram } from '@/components/lesson/diagram';
import { Snippet } from '@/components/lesson/snippet';
import { Term } from '@/components/lesson/term';
import { IrpFlow } from '@/components/sim/irp-flow';
import { LockLab } from '@/components/sim/lock-lab';

const components: MDXComponents = {
  Snippet,
  Callout,
  Term,
  Diagram,
  IrpFlow,
  LockLab,
};

/** The components lesson MDX may use (see MDX_COMPONENTS in lib/content). */
export function useMDXComponents(): MDXComponents {
  return components;
}
