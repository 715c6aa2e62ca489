import { mainEvent } from '../../../model/events.ts';
import type { ArticleIndex } from '../retrieve/article-index.ts';
import { ROLE_HEADS } from './cast.ts';
import type { Draft } from '../types.ts';
import { joinList } from '../lexicon/text.ts';
import { yesNo } from '../compose/yes-no.ts';
import type { Question } from '../analyze/understand.ts';

/** A word for the form of a meeting: "one-on-one", "four-plus-four", "bilateral", "trilateral", "summit". */
const FORM_WORD = /^(\w+-(on|plus|by)-\w+|bilateral|trilateral|multilateral|summit|ministerial)$/;

/**
 * "Was it a meeting of ministers?", "Was it just a one-on-one meeting?": the level and form asked against the
 * event's stated format and the offices of the people who took part.
 */
export function answerEventForm(index: ArticleIndex, question: Question): Draft | undefined {
  if (!question.cues.has('aboutTheEvent') || question.mentions.some((m) => m.ref.kind === 'person'))
    return undefined;
  const offices = question.tokens.map((t) => t.replace(/s$/, '')).filter((t) => ROLE_HEADS.has(t));
  const forms = question.tokens.filter((t) => FORM_WORD.test(t));
  if (offices.length === 0 && forms.length === 0) return undefined;
  const event = mainEvent(index.article);
  const participants = index.article.people.filter((p) => p.involvement === 'participant');
  const formats = event.format.map((f) => f.value.toLowerCase());
  const held = (office: string): boolean =>
    participants.some((p) =>
      new RegExp(`\\b${office}\\b`).test([p.titleAsWritten, p.role].join(' ').toLowerCase()),
    );
  const yes = offices.every(held) && forms.every((form) => formats.includes(form));
  const who = participants.map((p) => `${p.name} (${p.role})`);
  const text = yesNo(
    yes,
    `it was a ${joinList(event.format.map((f) => f.value))} ${event.name} between ${joinList(who)}.`,
  );
  const sentences = [
    ...new Set([...event.format.flatMap((f) => f.evidence.sentences), ...event.evidence.sentences]),
  ];
  return { answered: true, text, sentences, focus: { factId: event.id, slot: 'format' } };
}
