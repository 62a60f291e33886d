import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  FieldCheckInSchema, FieldIdParamSchema, FieldPatrolEndSchema, FieldPatrolStartSchema, FieldPhotoParamSchema, FieldPingBatchSchema,
  FieldPingSchema, FieldReportHandleSchema, FieldReportSchema,
} from '../../core/contracts/field';
import { fieldHint, fieldLabel } from './field-labels';

const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

describe('the field app’s fields in Chinese', () => {
  it('names every field its writes and paths are validated on, none by its code', () => {
    const paths = [
      ...[FieldPatrolStartSchema, FieldPatrolEndSchema, FieldPingBatchSchema, FieldCheckInSchema, FieldReportSchema, FieldReportHandleSchema, FieldIdParamSchema, FieldPhotoParamSchema].flatMap(keysOf),
      ...keysOf(FieldPingSchema).map((k) => `pings.0.${k}`),
    ];
    const unnamed = paths.filter((p) => /[A-Za-z]/.test(fieldLabel(p, 'zh-CN')));
    expect(unnamed).toEqual([]);
    expect(fieldLabel('qrPayload', 'zh-CN')).toBe('二维码');
    expect(fieldLabel('startedAt', 'zh-CN')).toBe('开始时间');
  });

  it('names a part by the field it is in where the name means another thing there', () => {
    expect(fieldLabel('pings.1.at', 'zh-CN')).toBe('定位点·第2项·定位时间');
    expect(fieldHint('pings.1.at')).toContain('带时区的时间');
    expect(fieldLabel('plan.method', 'zh-CN')).toBe('规划方法');
    expect(fieldHint('plan.method')).toBeUndefined();
    expect(fieldLabel('method', 'zh-CN')).toBe('签到方式');
    // A patrol window's start is a time; the route's start is a place or a point.
    expect(fieldLabel('window.start', 'zh-CN')).toBe('时段开始');
    expect(fieldHint('window.start')).toBe('时:分，如 19:00');
    expect(fieldLabel('start', 'zh-CN')).toBe('起点');
    expect(fieldLabel('budgetMin', 'zh-CN')).toBe('时间预算（分钟）');
  });
});
