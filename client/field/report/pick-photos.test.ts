import { describe, expect, it } from 'vitest';
import { preparePicked } from './pick-photos';

const file = (name: string) => new File([name], name);
// A stand-in for preparePhoto: a "photo" is any file whose name ends in .png or .jpg.
const prepare = async (f: File) => {
  if (!/\.(png|jpg)$/.test(f.name)) throw new Error('The source image could not be decoded.');
  return f.name;
};

describe('preparePicked', () => {
  it('keeps the readable photos of a pick and names the file it could not read', async () => {
    const r = await preparePicked([file('门口.png'), file('材料.pdf'), file('楼道.jpg')], 3, prepare);
    expect(r.prepared).toEqual(['门口.png', '楼道.jpg']);
    expect(r.unreadable.map((u) => u.name)).toEqual(['材料.pdf']);
    expect(String(r.unreadable[0].reason)).toContain('could not be decoded');
  });

  it('lets the next picked file take the place of one it could not read, and tries none past the room', async () => {
    const tried: string[] = [];
    const r = await preparePicked([file('a.pdf'), file('b.png'), file('c.jpg'), file('d.jpg')], 2, (f) => {
      tried.push(f.name);
      return prepare(f);
    });
    expect(r.prepared).toEqual(['b.png', 'c.jpg']);
    expect(tried).toEqual(['a.pdf', 'b.png', 'c.jpg']);
  });

  it('keeps nothing when there is no room, and names every file when none is a photo', async () => {
    await expect(preparePicked([file('a.png')], 0, prepare)).resolves.toEqual({ prepared: [], unreadable: [] });
    const r = await preparePicked([file('a.pdf'), file('b.txt')], 3, prepare);
    expect([r.prepared, r.unreadable.map((u) => u.name)]).toEqual([[], ['a.pdf', 'b.txt']]);
  });
});
