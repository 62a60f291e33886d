import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { normalizeSearchText } from '../../../core/search';
import { residents } from '../schema';

// The alias "r" is the one the residents list, the people search and isCurrentResident name.
const r = alias(residents, 'r');

// LIKE's own characters (and its escape) in what a person typed match themselves.
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * How a typed name or ID number picks residents (alias "r"): by name — exact, then starting with the text, then
 * containing it — or by ID number (the whole number, or its first 6 or more characters). `rank` orders the matches
 * best first; null when nothing searchable was typed. The people search and the residents list's filter share it.
 */
export function matchPeople(q: string): { where: SQL; rank: SQL } | null {
  const text = normalizeSearchText(q).replace(/ /g, '');
  if (text.length === 0) return null;
  const id = /^\d{6,17}[\dx]?$/.test(text) ? text.toUpperCase() : null;
  if (id) return { where: sql`(${r.idNumber} = ${id} OR ${r.idNumber} LIKE ${`${likeEscape(id)}%`})`, rank: sql`CASE WHEN ${r.idNumber} = ${id} THEN 0 ELSE 1 END` };
  return {
    where: sql`${r.name} LIKE ${`%${likeEscape(text)}%`}`,
    rank: sql`CASE WHEN ${r.name} = ${text} THEN 0 WHEN ${r.name} LIKE ${`${likeEscape(text)}%`} THEN 1 ELSE 2 END`,
  };
}
