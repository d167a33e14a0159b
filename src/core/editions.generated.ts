// Generated from content/editions/*.yaml by `npm run content`. Do not edit: edit the YAML files.
import type { Edition } from './editions.js';

export const EDITIONS: readonly Edition[] = [
  {
    "year": 2023,
    "start": "2023-02-06",
    "end": "2023-02-12",
    "theme": "Let's Connect",
    "about": "This year is about meaningful connection, for everyone, during the week and long after it. We do well when we belong to a community: warm ties with family, friends and the people around us protect our mental health and wellbeing, while going without them can leave us feeling isolated and lonely, and that takes its toll.",
    "tips": [
      {
        "title": "Connect in everyday moments",
        "text": "Small moments of being together matter. At the school gate or when you get home from work, give your child your full attention for a while: a hug, a smile, a chat about how their day went."
      },
      {
        "title": "Talk about the people who matter to them",
        "text": "Ask about the connections in their life: family, friends, neighbours, a childminder, people in your local community and, if they have one, their faith group."
      },
      {
        "title": "Be curious about their friends",
        "text": "Friendships grow more important as children head into their teenage years. Stay open to hearing about their friends, and listen without passing judgement."
      },
      {
        "title": "Take an interest in their world",
        "text": "It is easy for adults to brush aside the music, fashion and shows that children and teenagers love. Showing genuine interest in them is a simple way to connect."
      },
      {
        "title": "Make time together as a family",
        "text": "Family life gets busy and stressful. Simple things shared still count: cooking a meal, watching a film, playing a game, a trip to the park, or even doing the weekly shop together."
      },
      {
        "title": "Repair and reconnect after a row",
        "text": "Arguments between brothers and sisters, parents and children, or the adults at home will happen. Children learn a lot from seeing people disagree kindly, say sorry and put things right."
      }
    ]
  },
  {
    "year": 2024,
    "start": "2024-02-05",
    "end": "2024-02-11",
    "theme": "My Voice Matters",
    "tips": []
  },
  {
    "year": 2025,
    "start": "2025-02-03",
    "end": "2025-02-09",
    "theme": "Know Yourself, Grow Yourself",
    "tips": []
  },
  {
    "year": 2026,
    "start": "2026-02-09",
    "end": "2026-02-15",
    "theme": "This is My Place",
    "tips": []
  }
];
