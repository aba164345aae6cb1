import { describe, expect, test } from 'vitest';
import { sectionTrail, sectionTree } from '../../src/core/query';
import { readPhase } from '../../src/core/read-phase';
import { activityId, partyId, phaseId, phaseSlug, sectionId, sectionSlug, slugify } from '../../src/core/slugs';
import { numberedTitle, roleLabel } from '../../src/shared/labels';
import { withBase } from '../../src/shared/routes';
import { header, phaseFile, twoParties } from './helpers';

describe('slugs', () => {
  test('are lower-case ASCII words joined by hyphens', () => {
    expect(slugify("Customer's IS installation")).toBe('customer-s-is-installation');
    expect(slugify('Create / install / optimise new VMs')).toBe('create-install-optimise-new-vms');
    expect(slugify('Sécurité des données (API, SSL)')).toBe('securite-des-donnees-api-ssl');
  });

  test('ids carry the number and the whole title', () => {
    expect(phaseSlug(3, 'Service Usage')).toBe('3-service-usage');
    expect(phaseId(3, 'Service Usage')).toBe('phase-3-service-usage');
    expect(sectionId('3.1.2', 'Access management')).toBe('section-3-1-2-access-management');
    expect(activityId('5.2', 'Provide a certificate of destruction (upon request)')).toBe(
      'activity-5-2-provide-a-certificate-of-destruction-upon-request',
    );
  });

  test('activities differing only in their last words keep distinct ids', () => {
    const a = activityId(
      '3.2.2',
      'Deploy patches, updates and configurations on all the constituent elements of the Infrastructure as a Service',
    );
    const b = activityId(
      '3.2.2',
      'Deploy patches, updates and configurations on all the constituent elements of the information system hosted on the IaaS',
    );
    expect(a).not.toBe(b);
  });
});

describe('slugs: edge cases', () => {
  test('no hyphen at either end, one between words, compatibility forms folded', () => {
    expect(slugify('  --Hello,  World!--  ')).toBe('hello-world');
    expect(slugify('Ça ﬁle')).toBe('ca-file');
    expect(slugify('Ⅻ')).toBe('xii');
    expect(slugify('!!!')).toBe('');
  });

  test('party ids and section pages', () => {
    expect(partyId('OVHcloud')).toBe('ovhcloud');
    expect(partyId('Équipe sécurité')).toBe('equipe-securite');
    expect(sectionSlug('3.1.2', 'Access management')).toBe('3-1-2-access-management');
  });
});

describe('labels', () => {
  const roles = [
    { letter: 'R', name: 'Responsible', definition: '' },
    { letter: 'A', name: 'Accountable', definition: '' },
    { letter: 'C', name: 'Consulted', definition: '' },
    { letter: 'I', name: 'Informed', definition: '' },
  ] as const;

  test('spell letters out from the legend, in the order written', () => {
    expect(roleLabel(['R', 'A'], roles, 'No role')).toBe('Responsible, Accountable');
    expect(roleLabel(['C', 'I'], roles, 'No role')).toBe('Consulted, Informed');
    expect(roleLabel([], roles, 'No role')).toBe('No role');
  });

  test('numbered titles read like the source', () => {
    expect(numberedTitle('3.1.2', 'Access management')).toBe('3.1.2. Access management');
    expect(numberedTitle(4, 'Reversibility')).toBe('4. Reversibility');
  });
});

describe('section queries', () => {
  const { phase } = readPhase(
    'x.md',
    phaseFile(
      [
        '## 3.1. Operations',
        '### 3.1.1. Daily',
        ...header,
        '| A1 | RA | I |',
        '## 3.2. Events',
        '### 3.2.1. Incidents',
        ...header,
        '| A2 | RA | I |',
      ],
      ['phase: 3', 'title: "Service Usage"'],
    ),
    twoParties,
  );

  test('tree nests sub-sections under their parent', () => {
    const tree = sectionTree(phase ?? { id: '', slug: '', number: 0, title: '', sections: [], file: '' });
    expect(tree.map((node) => [node.section.number, node.children.map((child) => child.section.number)])).toEqual([
      ['3.1', ['3.1.1']],
      ['3.2', ['3.2.1']],
    ]);
  });

  test('trail walks from the top section down', () => {
    const leaf = phase?.sections.find((s) => s.number === '3.2.1');
    if (!phase || !leaf) throw new Error('fixture did not parse');
    expect(sectionTrail(phase, leaf).map((s) => s.number)).toEqual(['3.2', '3.2.1']);
  });
});

describe('paths', () => {
  test('join the base with a site path', () => {
    expect(withBase('/', '/phases/x/')).toBe('/phases/x/');
    expect(withBase('/raci/', '/phases/x/')).toBe('/raci/phases/x/');
    expect(withBase('/raci', 'exports/m.csv')).toBe('/raci/exports/m.csv');
  });
});
