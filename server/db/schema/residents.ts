import { boolean, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { buildings, grids } from './grids';

/** 实有人口: personal data. Read only through residents.repo, which applies scope and masking. */
export const residents = pgTable(
  'residents',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone'),
    buildingCode: text('building_code').notNull().references(() => buildings.code),
    gridCode: text('grid_code').notNull().references(() => grids.code),
    houseNumber: text('house_number').notNull(),
    kind: text('kind').notNull(), // registered | floating
    movedInOn: date('moved_in_on'),
    movedOutOn: date('moved_out_on'),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('residents_grid_idx').on(t.gridCode), index('residents_building_idx').on(t.buildingCode)],
);
