/**
 * Masking of personal data (PIPL): what a user sees of a name, ID number, phone or house number
 * unless their role and scope allow the full value. Pure; every function accepts null.
 */

/** 张三 → 张*, 欧阳娜娜 → 欧***: the surname's first character stays. */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const chars = Array.from(name);
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 511703199001011234 → 5117**********1234: region prefix and the last four stay. */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 3单元1202室 → 3单元****: the entrance stays, the flat does not. */
export function maskHouseNumber(house: string | null): string | null {
  if (!house) return house;
  const unit = house.match(/^\d+单元/);
  return (unit ? unit[0] : '') + '****';
}
