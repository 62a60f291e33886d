import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Grid and police staff in the three-level hierarchy (网格长 → 小区长 → 楼栋长), grid workers and officers. */
export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    isPolice: boolean('is_police').notNull(),
    employer: text('employer').notNull(),
    phone: text('phone').notNull(),
    gridCode: text('grid_code'),
    compoundCode: text('compound_code'),
    buildingCode: text('building_code'),
    parentId: text('parent_id'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('people_grid_idx').on(t.gridCode), index('people_role_idx').on(t.role)],
);
