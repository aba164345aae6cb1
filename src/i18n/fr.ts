/** Les textes de l'interface en français : le même dictionnaire que src/i18n/en.ts, mot pour mot traduit. */
import type { Dictionary } from './en.ts';

export const fr: Dictionary = {
  changes: {
    kinds: { added: 'ajoutée', removed: 'supprimée', renamed: 'renommée', moved: 'déplacée', letters: 'lettres modifiées' },
    added: 'Ajoutée en {section}',
    removed: 'Supprimée de {section}',
    renamed: 'Renommée, auparavant « {before} »',
    moved: 'Déplacée de {from} vers {to}',
    letters: '{party} : {before} → {after}',
    noRole: 'aucun rôle',
    activityLine: '« {activity} » — {details}',
    detailsSeparator: ' ; ',
    headingAdded: { phase: 'Phase « {heading} » ajoutée', section: 'Section « {heading} » ajoutée' },
    headingRemoved: { phase: 'Phase « {heading} » supprimée', section: 'Section « {heading} » supprimée' },
    headingRenamed: { phase: 'Phase « {before} » renommée « {after} »', section: 'Section « {before} » renommée « {after} »' },
    metadataLine: '{field} : « {before} » → « {after} »',
    metadata: {
      title: 'Titre',
      description: 'Description',
      sourceUrl: 'Adresse de la source',
      parties: 'Parties',
      role: 'Légende : {name} ({letter})',
    },
    lastUpdated: 'lastUpdated {before} → {after}',
    orderOnly: "l'ordre des phases, des sections ou des activités",
    counts: {
      added: { one: '{count} ajoutée', other: '{count} ajoutées' },
      removed: { one: '{count} supprimée', other: '{count} supprimées' },
      renamed: { one: '{count} renommée', other: '{count} renommées' },
      moved: { one: '{count} déplacée', other: '{count} déplacées' },
      letters: { one: '{count} activité aux lettres modifiées', other: '{count} activités aux lettres modifiées' },
      sections: { one: '{count} phase ou section modifiée', other: '{count} phases ou sections modifiées' },
      metadata: {
        one: '{count} modification du titre, de la légende ou des parties',
        other: '{count} modifications du titre, de la légende ou des parties',
      },
      separator: ' · ',
      none: 'Aucune modification',
    },
    gained: '+{count} {role}',
    lost: '−{count} {role}',
    impactSeparator: ', ',
  },
};
