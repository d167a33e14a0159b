// Generated from content/editions/*.yaml by `npm run content`. Do not edit: edit the YAML files.
import { msg } from '../i18n/msg.js';
import type { EditionTexts } from './edition-texts.js';

/** Each edition's about text and tips, in the language being rendered. */
export const EDITION_TEXTS: Readonly<Record<number, () => EditionTexts>> = {
  2023: () => ({
    about: msg("This year is about meaningful connection, for everyone, during the week and long after it. We do well when we belong to a community: warm ties with family, friends and the people around us protect our mental health and wellbeing, while going without them can leave us feeling isolated and lonely, and that takes its toll.", { id: "edition-2023-about" }),
    tips: [
      {
        title: msg("Connect in everyday moments", { id: "edition-2023-tip-1-title" }),
        text: msg("Small moments of being together matter. At the school gate or when you get home from work, give your child your full attention for a while: a hug, a smile, a chat about how their day went.", { id: "edition-2023-tip-1-text" }),
      },
      {
        title: msg("Talk about the people who matter to them", { id: "edition-2023-tip-2-title" }),
        text: msg("Ask about the connections in their life: family, friends, neighbours, a childminder, people in your local community and, if they have one, their faith group.", { id: "edition-2023-tip-2-text" }),
      },
      {
        title: msg("Be curious about their friends", { id: "edition-2023-tip-3-title" }),
        text: msg("Friendships grow more important as children head into their teenage years. Stay open to hearing about their friends, and listen without passing judgement.", { id: "edition-2023-tip-3-text" }),
      },
      {
        title: msg("Take an interest in their world", { id: "edition-2023-tip-4-title" }),
        text: msg("It is easy for adults to brush aside the music, fashion and shows that children and teenagers love. Showing genuine interest in them is a simple way to connect.", { id: "edition-2023-tip-4-text" }),
      },
      {
        title: msg("Make time together as a family", { id: "edition-2023-tip-5-title" }),
        text: msg("Family life gets busy and stressful. Simple things shared still count: cooking a meal, watching a film, playing a game, a trip to the park, or even doing the weekly shop together.", { id: "edition-2023-tip-5-text" }),
      },
      {
        title: msg("Repair and reconnect after a row", { id: "edition-2023-tip-6-title" }),
        text: msg("Arguments between brothers and sisters, parents and children, or the adults at home will happen. Children learn a lot from seeing people disagree kindly, say sorry and put things right.", { id: "edition-2023-tip-6-text" }),
      },
    ],
  }),
  2026: () => ({
    about: msg("This year is about belonging. Knowing that we have a place among friends, at school, at home and in our community is a basic human need, and it protects our mental health. The week asks the people and groups around every child to make room for them, so that each child can say: this is my place.", { id: "edition-2026-about" }),
    tips: [
    ],
  }),
};
