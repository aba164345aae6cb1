import { isRoleChoice, ROLE_CHOICES, type RoleChoice } from '../../core/roles';

/** What the role filter shows, as kept in the page URL. */
export interface FilterState {
  /** Party id the roles apply to; undefined on pages that are about one party already. */
  party: string | undefined;
  /** Selected roles; empty means "any role". Kept in canonical R, A, C, I, none order. */
  roles: RoleChoice[];
  /** Only the activities changed in the latest release (`changed=latest`). */
  changed: boolean;
}

/** Reads `?party=customer&role=R&role=A&changed=latest`; unknown or repeated values are ignored, not errors. */
export function parseFilterQuery(search: string, partyIds: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const party = params.get('party') ?? undefined;
  const requested = new Set(params.getAll('role').filter(isRoleChoice));
  return {
    party: party && partyIds.includes(party) ? party : undefined,
    roles: ROLE_CHOICES.filter((role) => requested.has(role)),
    changed: params.get('changed') === 'latest',
  };
}

/** Writes the state back as a query string ("" when nothing is filtered), in a stable order. */
export function serializeFilterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.party && state.roles.length > 0) params.set('party', state.party);
  for (const role of ROLE_CHOICES) if (state.roles.includes(role)) params.append('role', role);
  if (state.changed) params.set('changed', 'latest');
  const query = params.toString();
  return query ? `?${query}` : '';
}
