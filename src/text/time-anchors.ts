import type { Token } from './tokenize.js';
import type { LanguageCode } from './types.js';

/** A clock time read at a token: its anchor (`t:21:15`) and how many tokens it spans. */
export interface TimeReading {
  anchor: string;
  length: number;
}

// Written after a time: English meridiems ("a.m", "p.m"), and the words and zones that say
// a figure is a time of day ("14.30 Uhr", "21.15 WIB", "14:05 GMT", "9 uur").
const MERIDIEM: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['a.m', 'am'], ['p.m', 'pm'],
  // Arabic "in the morning", "at dawn", "in the evening".
  ['صباحا', 'am'], ['صباحاً', 'am'], ['صباح', 'am'], ['فجرا', 'am'], ['فجراً', 'am'], ['مساء', 'pm'], ['مساءً', 'pm'],
]);
const BARE_MERIDIEM: ReadonlyMap<string, 'am' | 'pm'> = new Map([['am', 'am'], ['pm', 'pm']]);
const CLOCK_WORDS: ReadonlySet<string> = new Set(['uhr', 'uur', 'h', 'hrs', 'horas', 'heures', 'ore', 'godz', 'час', 'ч']);
/** Time zones written after a time; they are not names of people or places either. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'wib', 'wita', 'wit', 'gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'msk', 'ist', 'jst', 'aest',
]);
// Written before a time whose form alone could be a decimal ("pukul 21.15", "um 2.40", "à 14h").
const BEFORE_TIME: ReadonlySet<string> = new Set(['pukul', 'jam', 'um', 'gegen', 'à', 'vers', 'dès', 'alle', 'om', 'às', 'las', 'o', 'godz', 'godziny', 'godzinie', 'saat', 'в', 'الساعة']);
// Between the two ends of a time range: "pukul 23.00 dan 04.00", "between 11 p.m. and 4 a.m.".
const RANGE_WORDS: ReadonlySet<string> = new Set(['dan', 'hingga', 'sampai', 'and', 'to', 'until', 'und', 'bis', 'et', 'y', 'e', 'en', 'i', 'и', 'до']);

function anchorOf(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined): string | undefined {
  if (minute > 59 || hour > 24 || (meridiem !== undefined && (hour < 1 || hour > 12))) return undefined;
  let h = hour;
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  return `t:${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Whether `text[from, to)` is a single space. */
function gap(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 0x20;
}

/** The meridiem of the token after `at`, when one follows after a space ("a.m", or "am"/"pm" in English). */
function meridiemAfter(text: string, tokens: readonly Token[], at: number, language: LanguageCode): 'am' | 'pm' | undefined {
  const prev = tokens[at - 1];
  const t = tokens[at];
  if (prev === undefined || t === undefined || !gap(text, prev.end, t.start)) return undefined;
  return MERIDIEM.get(t.token) ?? (language === 'en' ? BARE_MERIDIEM.get(t.token) : undefined);
}

/** Whether the token after `at` says the figure before it is a time (a clock word or a zone after a space). */
function clockWordAfter(text: string, tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const t = tokens[at];
  return prev !== undefined && t !== undefined && gap(text, prev.end, t.start) && (CLOCK_WORDS.has(t.token) || TIME_ZONES.has(t.token));
}

// Russian "4 часа утра", "11 часов вечера": an hour word, then the part of the day.
const RUSSIAN_HOURS: ReadonlySet<string> = new Set(['час', 'часа', 'часов', 'часам', 'часу']);
const RUSSIAN_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'night'> = new Map([['утра', 'am'], ['дня', 'pm'], ['вечера', 'pm'], ['ночи', 'night']]);

/** The meridiem an hour word and a part of the day after token `at - 1` give ("к 4 часам утра"), or undefined. */
function russianPartOfDay(text: string, tokens: readonly Token[], at: number, hour: number): 'am' | 'pm' | undefined {
  const prev = tokens[at - 1];
  const word = tokens[at];
  const part = tokens[at + 1];
  if (prev === undefined || word === undefined || part === undefined || !RUSSIAN_HOURS.has(word.token)) return undefined;
  if (!gap(text, prev.end, word.start) || !gap(text, word.end, part.start)) return undefined;
  const p = RUSSIAN_PARTS.get(part.token);
  // "11 часов ночи" is 23:00, "2 часа ночи" 02:00.
  return p === 'night' ? (hour >= 6 && hour < 12 ? 'pm' : 'am') : p;
}

/** The minutes written after a spaced "h" ("22 h 15"), or undefined. */
function minutesAfterH(text: string, tokens: readonly Token[], h: number): number | undefined {
  const t = tokens[h];
  const next = tokens[h + 1];
  if (t === undefined || t.token !== 'h' || next === undefined || !/^\d{2}$/.test(next.token) || !gap(text, t.end, next.start)) return undefined;
  return Number(next.token);
}

/**
 * Reads a clock time starting at token `i`, as 24-hour `t:HH:MM`, so that "9.15 p.m.",
 * "21.15 WIB", "21:15" and "21h15" state one fact and "2:40 a.m." is not read as the numbers
 * 2 and "40 a.m". Forms: H:MM (with optional :SS), H.MM or H with a meridiem, a clock word or
 * zone after it ("14 Uhr", "22 h 15"); H.MM after a time preposition ("pukul 21.15"), or after
 * "and"/"dan"/"bis" that follows a time (`afterTime`: "pukul 23.00 dan 04.00"); HhMM; 9am.
 * A figure with none of these signs is left to the number anchors.
 *
 * @returns the time and the tokens it spans (meridiem and clock word included), or undefined
 */
export function readTime(text: string, tokens: readonly Token[], i: number, language: LanguageCode, afterTime = false): TimeReading | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const before = tokens[i - 1];
  const cued = before !== undefined && gap(text, before.end, t.start) && (BEFORE_TIME.has(before.token) || (afterTime && RANGE_WORDS.has(before.token)));
  let m = /^(\d{1,2})(am|pm)$/.exec(t.token);
  if (m) return reading(Number(m[1]), 0, m[2] === 'am' ? 'am' : 'pm', 1);
  m = /^(\d{1,2})h(\d{2})?$/.exec(t.token);
  if (m) return m[2] !== undefined || cued ? reading(Number(m[1]), Number(m[2] ?? 0), undefined, 1) : undefined;
  let hour: number;
  let minute = 0;
  let length = 1;
  let colon = false;
  m = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(t.token);
  if (!m) return undefined;
  hour = Number(m[1]);
  if (m[2] !== undefined) minute = Number(m[2]);
  else {
    // "2:40" tokenizes as "2", "40": the colon between them makes it a time.
    const next = tokens[i + 1];
    if (next !== undefined && /^\d{2}$/.test(next.token) && text.charAt(t.end) === ':' && next.start === t.end + 1) {
      minute = Number(next.token);
      length = 2;
      colon = true;
      const seconds = tokens[i + 2];
      if (seconds !== undefined && /^\d{2}$/.test(seconds.token) && text.charAt(next.end) === ':' && seconds.start === next.end + 1) length = 3;
    }
  }
  const meridiem = meridiemAfter(text, tokens, i + length, language);
  if (meridiem !== undefined) return reading(hour, minute, meridiem, length + 1);
  const partOfDay = russianPartOfDay(text, tokens, i + length, hour);
  if (partOfDay !== undefined) return reading(hour, minute, partOfDay, length + 2);
  if (clockWordAfter(text, tokens, i + length)) {
    const spacedMinutes = length === 1 && m[2] === undefined ? minutesAfterH(text, tokens, i + 1) : undefined;
    return spacedMinutes === undefined ? reading(hour, minute, undefined, length + 1) : reading(hour, spacedMinutes, undefined, 3);
  }
  // A bare "14" is a number ("o 3 procent", "de 10 à 14"); "21.15" after "pukul" or "um" is a
  // time, as those languages write decimals with a comma.
  if (colon || (cued && m[2] !== undefined)) return reading(hour, minute, undefined, length);
  return undefined;
}

function reading(hour: number, minute: number, meridiem: 'am' | 'pm' | undefined, length: number): TimeReading | undefined {
  const anchor = anchorOf(hour, minute, meridiem);
  return anchor === undefined ? undefined : { anchor, length };
}
