import type { DisputeDetail, RiskLevel } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { riskLabels } from '../../shared/dispute-labels';

/**
 * The 民转刑 early-warning score with every rule that added to it, so a person can check it: each reason as the
 * server words it in the interface's language (the rule and what it found).
 */
export function DisputeRisk({ score, level, reasons }: { score: number; level: RiskLevel; reasons: DisputeDetail['riskReasons'] }) {
  const { t } = useI18n();
  return (
    <section className="dispute-risk" data-testid="dispute-risk-panel" data-level={level} data-score={score}>
      <h3>{t('dspRiskTitle')}</h3>
      <p className={`risk-score risk-${level}`}>
        <strong data-testid="dispute-risk-score">{score}</strong> / 100 · {t(riskLabels[level])}
      </p>
      {reasons.length === 0 ? (
        <p className="muted">{t('dspRiskNoReasons')}</p>
      ) : (
        <ul className="risk-reasons">
          {reasons.map((r) => (
            <li key={r.rule} data-testid="dispute-risk-reason" data-rule={r.rule}>
              <span className="points">+{r.points}</span> {r.text}
            </li>
          ))}
        </ul>
      )}
      <p className="view-note">{t('dspRiskRules')}</p>
    </section>
  );
}
