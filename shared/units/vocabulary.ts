/**
 * The office's own names, for reading the parties of its plans: its units' names and aliases,
 * its groups' names and the phrases it has mapped to units. They stay whole and count as parties.
 */
import type { PartyVocabulary } from '../plan/parties';
import type { Unit } from './model';
import { GROUP_LABELS } from './model';

export function unitVocabulary(
  units: readonly Unit[],
  mappings: readonly { phrase: string }[] = [],
): PartyVocabulary {
  return {
    names: units.flatMap((u) => [u.name, ...u.aliases]),
    groups: [...Object.values(GROUP_LABELS).map((g) => g.vi), ...mappings.map((m) => m.phrase)],
  };
}
