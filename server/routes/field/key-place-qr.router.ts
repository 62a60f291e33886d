import { Hono } from 'hono';
import { z } from 'zod';
import { KeyPlaceQrSchema } from '../../../core/contracts/field';
import { allow } from '../../auth/auth.middleware';
import { adminsOnly } from '../../auth/roles';
import { describe } from '../../openapi/describe';
import { qrSecret } from '../../services/field-qr';
import { keyPlaceQrCodes, keyPlaceQrSheet } from '../../services/key-place-qr-sheet';
import type { AppEnv } from '../context';
import { validate } from '../validate';

const SheetQuerySchema = z.object({ format: z.enum(['html', 'json'], { message: 'format must be html or json' }).default('html') });

/** GET /api/admin/key-places/qr: the printable sheet of key places' QR codes (HTML), or its payloads (?format=json). */
export const keyPlaceQrRouter = new Hono<AppEnv>().get(
  '/admin/key-places/qr',
  describe('巡逻必到点二维码（打印）/ the printable QR sheet of key places', {
    200: [{ media: 'text/html', description: '可打印的二维码页 / the printable sheet' }, z.array(KeyPlaceQrSchema)],
  }),
  allow(adminsOnly),
  validate('query', SheetQuerySchema),
  async (c) => {
    const codes = await keyPlaceQrCodes(c.var.database.db, qrSecret(c.var.env));
    if (c.req.valid('query').format === 'json') return c.json(codes, 200);
    return c.html(await keyPlaceQrSheet(codes), 200);
  },
);
