import type { Messages } from './zh-CN';
import { common } from './en/common';
import { map } from './en/map';
import { disputes } from './en/disputes';
import { workforce } from './en/workforce';
import { gridPage } from './en/grid-page';
import { app } from './en/app';
import { residents } from './en/residents';
import { registry } from './en/registry';
import { admin } from './en/admin';
import { basemap } from './en/basemap';
import { planner } from './en/planner';
import { analysis } from './en/analysis';
import { patrol } from './en/patrol';
import { search } from './en/search';
import { field } from './en/field';

/** Interface strings in English: one file an area in en/, composed like zh-CN.ts. */
export const en: Messages = { ...common, ...map, ...disputes, ...workforce, ...gridPage, ...app, ...residents, ...registry, ...admin, ...basemap, ...planner, ...analysis, ...patrol, ...search, ...field };
