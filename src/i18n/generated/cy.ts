// Generated from content/translations/cy.xlf by `npm run translations`. Do not edit: translate in the XLIFF file.
import type { Translations } from '../msg.js';

/** What the widgets say. */
export const widgets: Translations = {
  "banner-about": "Bob mis Chwefror, mae ysgolion, teuluoedd a chymunedau ledled y DU yn neilltuo amser i siarad am iechyd meddwl plant a phobl ifanc, ac i ofalu amdano gyda'i gilydd.",
  "banner-after": {"strings":["Diolch am gymryd rhan yn Wythnos Iechyd Meddwl Plant ","."],"values":[0]},
  "banner-dismiss": "Cuddio'r faner hon",
  "banner-during": {"strings":["Mae Wythnos Iechyd Meddwl Plant yn digwydd nawr: diwrnod "," o ","."],"values":[0,1]},
  "banner-heading": "Wythnos Iechyd Meddwl Plant",
  "banner-resources": "Adnoddau am ddim i ysgolion a theuluoedd",
  "countdown-after": {"strings":["Cynhaliwyd Wythnos Iechyd Meddwl Plant "," ar ","."],"values":[0,1]},
  "countdown-before-heading": "Bydd Wythnos Iechyd Meddwl Plant yn dechrau mewn",
  "countdown-before-sentence": {"strings":["Bydd Wythnos Iechyd Meddwl Plant yn dechrau mewn ","."],"values":[0]},
  "countdown-day": {"strings":["Diwrnod "," o ",""],"values":[0,1]},
  "countdown-during-heading": "Mae Wythnos Iechyd Meddwl Plant yn digwydd nawr",
  "countdown-during-sentence": {"strings":["Mae Wythnos Iechyd Meddwl Plant yn digwydd nawr: diwrnod "," o ",". Mae'n dod i ben mewn ","."],"values":[0,1,2]},
  "countdown-ends-in": "yn dod i ben mewn",
  "countdown-pause": "Oedi'r cyfri i lawr",
  "countdown-resume": "Ailddechrau'r cyfri i lawr",
  "date": "{day} {month} {year}",
  "date-range": "{from} – {to}",
  "date-range-in-month": "{first}–{last} {month} {year}",
  "edition-2023-theme": "Dewch i Gysylltu",
  "edition-2024-theme": "Mae Fy Llais yn Bwysig",
  "edition-2025-theme": "Adnabod Eich Hun, Tyfu Eich Hun",
  "edition-2026-theme": "Dyma Fy Lle",
  "list-and": {"strings":[""," a ",""],"values":[0,1]},
  "months": "Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr",
  "official-site-link": "Rhagor o wybodaeth ar y wefan swyddogol",
  "unit-day": "zero {# diwrnod} one {# diwrnod} two {# ddiwrnod} few {# diwrnod} many {# diwrnod} other {# diwrnod}",
  "unit-hour": "zero {# awr} one {# awr} two {# awr} few {# awr} many {# awr} other {# awr}",
  "unit-minute": "zero {# munud} one {# munud} two {# funud} few {# munud} many {# munud} other {# munud}",
  "unit-second": "zero {# eiliad} one {# eiliad} two {# eiliad} few {# eiliad} many {# eiliad} other {# eiliad}",
};

/** Each edition's about text and tips. */
export const editions: Translations = {
  "edition-2023-about": "Eleni, mae'r pwyslais ar gysylltiadau ystyrlon – i bawb, yn ystod yr wythnos ac am amser hir wedyn. Rydyn ni'n ffynnu pan fyddwn ni'n perthyn i gymuned: mae perthynas gynnes â theulu, ffrindiau a'r bobl o'n cwmpas yn diogelu ein hiechyd meddwl a'n lles, ond hebddi gallwn deimlo'n ynysig ac yn unig, ac mae hynny'n effeithio'n drwm arnon ni.",
  "edition-2023-tip-1-text": "Mae'r eiliadau bach o fod gyda'ch gilydd yn bwysig. Wrth glwyd yr ysgol neu pan fyddwch chi'n cyrraedd adref o'r gwaith, rhowch eich sylw llawn i'ch plentyn am ychydig: cwtsh, gwên, sgwrs am sut aeth y diwrnod.",
  "edition-2023-tip-1-title": "Cysylltwch yn yr eiliadau bach bob dydd",
  "edition-2023-tip-2-text": "Holwch am y cysylltiadau sydd ym mywyd eich plentyn: teulu, ffrindiau, cymdogion, gwarchodwr plant, pobl yn eich cymuned leol ac, os yw'n perthyn i un, grŵp ffydd.",
  "edition-2023-tip-2-title": "Siaradwch am y bobl sy'n bwysig i'ch plentyn",
  "edition-2023-tip-3-text": "Mae cyfeillgarwch yn mynd yn bwysicach wrth i blant gyrraedd eu harddegau. Byddwch yn agored i glywed am eu ffrindiau, a gwrandewch heb farnu.",
  "edition-2023-tip-3-title": "Byddwch yn chwilfrydig am ffrindiau eich plentyn",
  "edition-2023-tip-4-text": "Mae'n hawdd i oedolion ddiystyru'r gerddoriaeth, y ffasiwn a'r rhaglenni y mae plant a phobl ifanc yn eu caru. Mae dangos diddordeb go iawn ynddyn nhw yn ffordd syml o gysylltu.",
  "edition-2023-tip-4-title": "Dangoswch ddiddordeb yn eu byd",
  "edition-2023-tip-5-text": "Gall bywyd teuluol fod yn brysur ac yn llawn straen. Mae rhannu pethau syml yn dal i gyfrif: coginio pryd o fwyd, gwylio ffilm, chwarae gêm, mynd i'r parc, neu hyd yn oed gwneud y siopa wythnosol gyda'ch gilydd.",
  "edition-2023-tip-5-title": "Neilltuwch amser gyda'ch gilydd fel teulu",
  "edition-2023-tip-6-text": "Bydd dadleuon yn digwydd rhwng brodyr a chwiorydd, rhwng rhieni a phlant, neu rhwng yr oedolion yn y cartref. Mae plant yn dysgu llawer o weld pobl yn anghytuno'n garedig, yn ymddiheuro ac yn gwneud pethau'n iawn.",
  "edition-2023-tip-6-title": "Gwnewch iawn ac ailgysylltwch ar ôl ffrae",
};
