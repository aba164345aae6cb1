/**
 * The guides (content/guides/*.mdx): their front matter, and the checks the components they use make
 * at build time, so that a guide naming an activity or letters that do not exist fails the build
 * with the values it may use instead.
 */
import { z } from 'zod';
import { isRoleLetter, type RoleLetter } from '../core/letters.ts';
import { type ActivityInContext, listActivities } from '../core/query.ts';
import type { Phase, RoleDefinition } from '../core/schema.ts';

/** A guide's front matter. */
export const guideSchema = z.strictObject({
  /** The page's title (its `<h1>`), and its link text in the list of guides. */
  title: z.string().min(1),
  /** One sentence: the page's description (link previews, search) and its summary in the list. */
  description: z.string().min(1),
  /** Its place in the list of guides and in the navigation between them, from 1. */
  order: z.number().int().positive(),
});
export type GuideData = z.infer<typeof guideSchema>;

/** The activity an `<ExampleRow activity="…">` shows; throws, listing every valid id, when none has that id. */
export function exampleActivity(phases: readonly Phase[], id: string): ActivityInContext {
  const activities = listActivities(phases);
  const found = activities.find((entry) => entry.activity.id === id);
  if (found) return found;
  throw new Error(
    `<ExampleRow activity="${id}">: no activity has this id. Use one of:\n${activities.map((entry) => `  ${entry.activity.id}`).join('\n')}`,
  );
}

/** The letters of a `<RoleLetters letters="RA">`, as the legend declares them; "" is "no role". */
export function guideLetters(value: string, roles: readonly RoleDefinition[]): RoleLetter[] {
  const declared = roles.map((role) => role.letter);
  const letters = [...value];
  const wrong = letters.find((letter, index) => !isRoleLetter(letter) || !declared.includes(letter) || letters.indexOf(letter) !== index);
  if (wrong !== undefined) {
    throw new Error(
      `<RoleLetters letters="${value}">: "${wrong}" is not a letter of the legend, or is repeated. Use ${declared.join(', ')}, each at most once, or "" for no role.`,
    );
  }
  return letters.filter(isRoleLetter);
}
