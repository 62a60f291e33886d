/** The text in GBK (two bytes a Chinese character, ASCII as itself), built from the platform's decoder: Node has no GBK encoder. */
export function gbkBytes(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  }
  return new Uint8Array([...text].flatMap((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return [code];
    const bytes = codes.get(ch);
    if (!bytes) throw new Error(`${ch} has no GBK code`);
    return bytes;
  }));
}
