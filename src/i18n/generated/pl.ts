// Generated from content/translations/pl.xlf by `npm run translations`. Do not edit: translate in the XLIFF file.
import type { Translations } from '../msg.js';

/** What the widgets say. */
export const widgets: Translations = {
  "banner-about": "Każdego lutego szkoły, rodziny i społeczności w całej Wielkiej Brytanii znajdują czas, by rozmawiać o zdrowiu psychicznym dzieci i młodzieży i wspólnie o nie dbać.",
  "banner-after": {"strings":["Dziękujemy za udział w Tygodniu Zdrowia Psychicznego Dzieci ","."],"values":[0]},
  "banner-dismiss": "Ukryj ten baner",
  "banner-during": {"strings":["Trwa Tydzień Zdrowia Psychicznego Dzieci: dzień "," z ","."],"values":[0,1]},
  "banner-heading": "Tydzień Zdrowia Psychicznego Dzieci",
  "banner-resources": "Bezpłatne materiały dla szkół i rodzin",
  "countdown-after": {"strings":["Tydzień Zdrowia Psychicznego Dzieci "," odbył się w dniach ","."],"values":[0,1]},
  "countdown-before-heading": "Do rozpoczęcia Tygodnia Zdrowia Psychicznego Dzieci pozostało",
  "countdown-before-sentence": {"strings":["Do rozpoczęcia Tygodnia Zdrowia Psychicznego Dzieci pozostało: ","."],"values":[0]},
  "countdown-day": {"strings":["Dzień "," z ",""],"values":[0,1]},
  "countdown-during-heading": "Trwa Tydzień Zdrowia Psychicznego Dzieci",
  "countdown-during-sentence": {"strings":["Trwa Tydzień Zdrowia Psychicznego Dzieci – dzień "," z ",". Do końca pozostało: ","."],"values":[0,1,2]},
  "countdown-ends-in": "do końca pozostało",
  "countdown-pause": "Wstrzymaj odliczanie",
  "countdown-resume": "Wznów odliczanie",
  "date": "{day} {month} {year}",
  "date-range": "{from} – {to}",
  "date-range-in-month": "{first}–{last} {month} {year}",
  "edition-2023-theme": "Budujmy więzi",
  "edition-2024-theme": "Mój głos się liczy",
  "edition-2025-theme": "Poznaj siebie, rozwijaj się",
  "edition-2026-theme": "To jest moje miejsce",
  "list-and": {"strings":[""," i ",""],"values":[0,1]},
  "months": "stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia",
  "official-site-link": "Więcej informacji na oficjalnej stronie internetowej",
  "unit-day": "one {# dzień} few {# dni} many {# dni} other {# dnia}",
  "unit-hour": "one {# godzina} few {# godziny} many {# godzin} other {# godziny}",
  "unit-minute": "one {# minuta} few {# minuty} many {# minut} other {# minuty}",
  "unit-second": "one {# sekunda} few {# sekundy} many {# sekund} other {# sekundy}",
};

/** Each edition's about text and tips. */
export const editions: Translations = {
  "edition-2023-about": "W tym roku stawiamy na wartościowe więzi – dla wszystkich, w trakcie tygodnia i długo po nim. Lepiej sobie radzimy, gdy należymy do wspólnoty: serdeczne relacje z rodziną, przyjaciółmi i ludźmi wokół nas chronią nasze zdrowie psychiczne i dobre samopoczucie, a ich brak może sprawić, że czujemy się odizolowani i samotni – co z czasem daje się we znaki.",
  "edition-2023-tip-1-text": "Liczą się drobne chwile bycia razem. Pod szkołą albo po powrocie z pracy warto na chwilę poświęcić dziecku całą uwagę: przytulić je, uśmiechnąć się, porozmawiać o tym, jak minął mu dzień.",
  "edition-2023-tip-1-title": "Bliskość w codziennych chwilach",
  "edition-2023-tip-2-text": "Warto pytać o ludzi, z którymi dziecko jest związane: rodzinę, przyjaciół, sąsiadów, opiekunkę, osoby z najbliższej okolicy, a jeśli należy do wspólnoty religijnej – także o nią.",
  "edition-2023-tip-2-title": "Rozmowy o ważnych dla dziecka osobach",
  "edition-2023-tip-3-text": "Gdy dzieci wchodzą w wiek nastoletni, przyjaźnie stają się dla nich coraz ważniejsze. Warto chętnie słuchać opowieści o ich przyjaciołach – bez oceniania.",
  "edition-2023-tip-3-title": "Ciekawość wobec przyjaciół dziecka",
  "edition-2023-tip-4-text": "Dorosłym łatwo zbyć machnięciem ręki muzykę, modę i seriale, które uwielbiają dzieci i nastolatki. Szczere zainteresowanie nimi to prosty sposób, by być bliżej.",
  "edition-2023-tip-4-title": "Zainteresowanie światem dziecka",
  "edition-2023-tip-5-text": "Życie rodzinne bywa zabiegane i stresujące. Proste rzeczy robione wspólnie też się liczą: gotowanie posiłku, oglądanie filmu, gra, wyjście do parku, a nawet cotygodniowe zakupy zrobione razem.",
  "edition-2023-tip-5-title": "Czas dla całej rodziny",
  "edition-2023-tip-6-text": "Kłótnie między rodzeństwem, między rodzicami a dziećmi czy między dorosłymi w domu będą się zdarzać. Dzieci wiele się uczą, gdy widzą, że można się różnić życzliwie, przeprosić i naprawić sytuację.",
  "edition-2023-tip-6-title": "Naprawianie więzi po kłótni",
};
