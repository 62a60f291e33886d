import type { EmergingPattern, HotspotClass } from '../../../core/hotspots/index';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';

const classKeys: Record<HotspotClass, MessageKey> = {
  'hot-99': 'analysisHot99',
  'hot-95': 'analysisHot95',
  'hot-90': 'analysisHot90',
  'cold-90': 'analysisCold90',
  'cold-95': 'analysisCold95',
  'cold-99': 'analysisCold99',
  none: 'analysisNotSignificant',
};

/** The message of a Gi* class ("99% 置信热点" …). */
export function classLabel(cls: HotspotClass): MessageKey {
  return classKeys[cls] ?? classKeys.none;
}

const patternKeys: Record<string, MessageKey> = {
  new: 'analysisPatternNew',
  consecutive: 'analysisPatternConsecutive',
  intensifying: 'analysisPatternIntensifying',
  persistent: 'analysisPatternPersistent',
  diminishing: 'analysisPatternDiminishing',
  sporadic: 'analysisPatternSporadic',
  oscillating: 'analysisPatternOscillating',
  historical: 'analysisPatternHistorical',
};

/**
 * An emerging pattern in words. The kind (new, intensifying …) and the side (hot, cold) are separate messages joined
 * by the language's pattern message ("新增热点", "New hot spot"), so 16 patterns need 11 messages.
 */
export function patternText(pattern: EmergingPattern, t: Translate): string {
  const kind = patternKeys[pattern.split('-')[0]];
  const side = patternSide(pattern);
  if (!kind || side === 'none') return t('analysisNotSignificant');
  return t('analysisPattern', { kind: t(kind), side: t(side === 'hot' ? 'analysisHotSide' : 'analysisColdSide') });
}

/** Whether a pattern is a hot one (else cold, or none). */
export function patternSide(pattern: EmergingPattern): 'hot' | 'cold' | 'none' {
  return pattern.endsWith('-hot') ? 'hot' : pattern.endsWith('-cold') ? 'cold' : 'none';
}
