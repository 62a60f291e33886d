import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    kind: text('kind').$type<'registered' | 'floating'>().notNull(),
    movedInOn: date('moved_in_on'),
    movedOutOn: date('moved_out_on'),
    isDemo: boolean('is_demo').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    houseCode: text('house_code'),
  },
  (t) => [index('residents_grid_idx').on(t.gridCode), index('residents_building_idx').on(t.buildingCode)],
);

/** 一标: the standard address of a building, the root every 三实 record hangs from. */
export const addresses = pgTable(
  'addresses',
  {
    code: text('code').primaryKey(),
    buildingCode: text('building_code').notNull().references(() => buildings.code),
    label: text('label').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('addresses_building_idx').on(t.buildingCode)],
);

/** 实有房屋: a dwelling at an address, how it is used, and its rental contract. */
export const houses = pgTable(
  'houses',
  {
    code: text('code').primaryKey(),
    addressCode: text('address_code').notNull().references(() => addresses.code),
    buildingCode: text('building_code').notNull().references(() => buildings.code),
    number: text('number').notNull(),
    use: text('use').notNull(), // owner_occupied | rented | vacant
    rentalStart: date('rental_start'),
    rentalEnd: date('rental_end'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('houses_building_idx').on(t.buildingCode)],
);

/** 实有单位: organisations at an address (small hotels, entertainment venues, shops, schools, …). */
export const organisations = pgTable(
  'organisations',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    addressCode: text('address_code').notNull().references(() => addresses.code),
    buildingCode: text('building_code').notNull().references(() => buildings.code),
    contact: text('contact'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('organisations_building_idx').on(t.buildingCode)],
);

/** A collection task (采集任务) given to a grid worker: check a building's records by a date. */
export const collectionTasks = pgTable(
  'collection_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    gridCode: text('grid_code').notNull().references(() => grids.code),
    buildingCode: text('building_code').references(() => buildings.code),
    assignee: text('assignee').notNull(), // a person id (grid worker)
    note: text('note').notNull().default(''),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull(), // open | done | cancelled
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('collection_tasks_grid_idx').on(t.gridCode)],
);

/** A verification visit (核查走访): what was checked in a building, by whom; it refreshes the building's records. */
export const verificationVisits = pgTable(
  'verification_visits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    buildingCode: text('building_code').notNull().references(() => buildings.code),
    gridCode: text('grid_code').notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    byUsername: text('by_username').notNull(),
    taskId: uuid('task_id').references(() => collectionTasks.id),
    residentsChecked: integer('residents_checked').notNull(),
    housesChecked: integer('houses_checked').notNull(),
    organisationsChecked: integer('organisations_checked').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('verification_visits_building_idx').on(t.buildingCode)],
);
