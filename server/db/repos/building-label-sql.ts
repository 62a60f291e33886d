import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

// Written out rather than with Drizzle's columns: in a one-table select() Drizzle renders columns unqualified, which
// inside these subqueries would be ambiguous. The aliases are their own, so a code passed in from the outer query is
// never captured here.

/** SQL: the label of a building from its compound's name and its own ('桂花雅居' + '1栋'): every query's one formula. */
export function buildingLabel(compoundName: SQLWrapper, buildingName: SQLWrapper): SQL<string> {
  return sql<string>`${compoundName} || ${buildingName}`;
}

/**
 * SQL: a building as people name it — its compound's name and its own ('桂花雅居' + '1栋'), or null for an unknown
 * code. A building's own name repeats in every compound, and its code ('C0001-B01') names nothing to a reader.
 */
export function buildingLabelOf(buildingCode: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(SELECT ${buildingLabel(sql`label_k.name`, sql`label_b.name`)} FROM buildings label_b
    JOIN compounds label_k ON label_k.code = label_b.compound_code WHERE label_b.code = ${buildingCode})`;
}

/** SQL: a grid's name, or null for an unknown code. */
export function gridNameOf(gridCode: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(SELECT label_g.name FROM grids label_g WHERE label_g.code = ${gridCode})`;
}
