import { common } from './zh-CN/common';
import { map } from './zh-CN/map';
import { disputes } from './zh-CN/disputes';
import { workforce } from './zh-CN/workforce';
import { gridPage } from './zh-CN/grid-page';
import { app } from './zh-CN/app';
import { residents } from './zh-CN/residents';
import { registry } from './zh-CN/registry';
import { admin } from './zh-CN/admin';
import { basemap } from './zh-CN/basemap';
import { planner } from './zh-CN/planner';
import { analysis } from './zh-CN/analysis';
import { patrol } from './zh-CN/patrol';
import { search } from './zh-CN/search';
import { field } from './zh-CN/field';

/**
 * Interface strings in Chinese, the default language: one file an area in zh-CN/, composed here so callers see one
 * catalogue. en.ts has the same keys (checked by the types of en/*.ts and by messages.test.ts).
 */
export const zhCN = { ...common, ...map, ...disputes, ...workforce, ...gridPage, ...app, ...residents, ...registry, ...admin, ...basemap, ...planner, ...analysis, ...patrol, ...search, ...field } as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
