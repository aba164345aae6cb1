import type { Party } from '../../src/lib/raci/types';

export const twoParties: Party[] = [
  { id: 'customer', name: 'Customer' },
  { id: 'ovhcloud', name: 'OVHcloud' },
];

/** A phase file: front matter, then the body lines given. Line 1 is `---`; the body starts on line 6. */
export function phaseFile(body: string[], frontmatter = ['phase: 1', 'title: "Before subscription"']): string {
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

export const header = ['| **Activity** | **Customer** | **OVHcloud** |', '| --- | --- | --- |'];
