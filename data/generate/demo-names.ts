/**
 * Demo names: people, phones and compounds. All invented from common parts; any match with a real
 * person, phone number or estate is a coincidence. Unique where the data needs it (phones, compounds).
 */
import type { Rng } from './prng';

// Common surnames, roughly in order of frequency in Sichuan, with relative weights.
const SURNAMES: [string, number][] = [
  ['王', 9], ['李', 9], ['张', 8], ['刘', 7], ['陈', 7], ['杨', 6], ['黄', 4], ['赵', 4], ['周', 4], ['吴', 3],
  ['徐', 3], ['孙', 2], ['胡', 3], ['朱', 2], ['高', 2], ['林', 2], ['何', 3], ['郭', 2], ['马', 2], ['罗', 3],
  ['梁', 2], ['宋', 2], ['郑', 2], ['谢', 2], ['唐', 3], ['韩', 1], ['冯', 2], ['邓', 3], ['曹', 1], ['彭', 2],
  ['曾', 2], ['肖', 2], ['田', 2], ['董', 1], ['袁', 2], ['潘', 1], ['蒋', 2], ['蔡', 1], ['余', 2], ['杜', 2],
  ['叶', 1], ['程', 1], ['苏', 1], ['魏', 1], ['吕', 1], ['丁', 1], ['任', 2], ['沈', 1], ['姚', 1], ['卢', 1],
  ['钟', 1], ['谭', 2], ['廖', 2], ['熊', 1], ['秦', 1], ['向', 2], ['冉', 1], ['雷', 1], ['龙', 1], ['文', 1],
];
const SURNAME_WEIGHTS = SURNAMES.map(([, w]) => w);

const GIVEN_CHARS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平',
  '刚', '桂', '英', '华', '玉', '兰', '建', '国', '红', '志', '文', '斌', '辉', '波', '宁', '燕', '鹏', '宇', '浩', '婷',
  '雪', '琳', '晨', '欣', '俊', '凯', '林', '海', '成', '德', '春', '梅', '莉', '丹', '蓉', '川', '渝', '晓', '泽', '一',
];

const PHONE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '180', '181', '182', '183', '185', '186', '187', '188', '189',
];

const COMPOUND_HEADS = [
  '南滨', '金华', '翠屏', '阳光', '锦绣', '滨江', '凤凰', '时代', '书香', '学府', '御景', '紫荆', '丽都', '康乐', '幸福',
  '和平', '春天', '东湖', '西岭', '盛世', '天成', '瑞祥', '嘉禾', '福星', '星河', '碧水', '绿洲', '香榭', '金桂', '玉兰',
  '明珠', '龙城', '巴山', '州河', '达川', '莲湖', '铜钵', '新城', '桂花', '梧桐',
];
const COMPOUND_TAILS = ['花园', '小区', '苑', '家园', '公馆', '名城', '雅居', '华庭', '佳苑', '新村', '广场', '山庄', '美邸', '丽景', '城'];
const PHASES = ['', '二期', '三期', '四期', '五期'];

/** Units that second cadres as grid leaders (demo list of plausible district bureaus and enterprises). */
export const SECONDING_UNITS = [
  '达川区财政局', '达川区教育局', '达川区民政局', '达川区卫生健康局', '达川区住房和城乡建设局', '达川区自然资源局',
  '达川区人力资源和社会保障局', '达川区市场监督管理局', '达川区司法局', '达川区城市管理综合执法局', '达川区交通运输局',
  '达川区农业农村局', '达川区文化广播电视和旅游局', '达川区应急管理局', '达川区退役军人事务局', '达川区商务局',
  '达川区发展和改革局', '达川区审计局', '达川区统计局', '达川区医疗保障局', '达川区总工会', '共青团达川区委',
  '达川区妇联', '达川区人民医院', '达川区中医院', '国网达川供电公司', '达川区水务局', '中国移动达川分公司',
];

export interface NameSource {
  personName(): string;
  /** An 11-digit mobile number (13x/15x/18x), never repeated by this source. */
  phone(): string;
  /** A compound name, never repeated by this source (later ones get 二期, 三期 …). */
  compoundName(): string;
}

export function createNameSource(rng: Rng): NameSource {
  const phones = new Set<string>();
  const compounds = new Set<string>();
  return {
    personName: () => {
      const surname = SURNAMES[rng.weighted(SURNAME_WEIGHTS)][0];
      const given = rng.chance(0.72) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
      return surname + given;
    },
    phone: () => {
      for (;;) {
        let digits = rng.pick(PHONE_PREFIXES);
        while (digits.length < 11) digits += String(rng.int(0, 9));
        if (!phones.has(digits)) {
          phones.add(digits);
          return digits;
        }
      }
    },
    compoundName: () => {
      for (const phase of PHASES) {
        for (let tries = 0; tries < 40; tries++) {
          const name = rng.pick(COMPOUND_HEADS) + rng.pick(COMPOUND_TAILS) + phase;
          if (!compounds.has(name)) {
            compounds.add(name);
            return name;
          }
        }
      }
      const name = `${rng.pick(COMPOUND_HEADS)}小区${compounds.size + 1}`;
      compounds.add(name);
      return name;
    },
  };
}
