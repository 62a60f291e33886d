/**
 * A standard address (一标) as people say it, without the province, city, district, street and community it repeats:
 * '四川省达州市达川区三里坪街道梧桐梁社区星河城1栋' → '星河城1栋'. `areas` are the names to cut after, most specific
 * first (the community's full and short names, then the street's); the first one found in the label wins. The label
 * itself when none is found or nothing would be left. Pure.
 */
export function shortAddress(label: string, areas: readonly (string | null | undefined)[]): string {
  for (const area of areas) {
    if (!area) continue;
    const at = label.lastIndexOf(area);
    if (at < 0) continue;
    const rest = label.slice(at + area.length).trim();
    return rest.length > 0 ? rest : label;
  }
  return label;
}
