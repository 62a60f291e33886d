import type { RiskLevel } from '../../../core/contracts/disputes';
import type { RiskReason } from '../../../core/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { riskLabels } from '../../shared/dispute-labels';
import { describeRiskReasons } from './risk-reasons';

/** The 民转刑 early-warning score with every rule that added to it, so a person can check it. */
export function DisputeRisk({ score, level, reasons }: { score: number; level: RiskLevel; reasons: RiskReason[] }) {
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
          {describeRiskReasons(reasons).map((r) => (
            <li key={r.rule} data-testid="dispute-risk-reason" data-rule={r.rule}>
              <span className="points">+{r.points}</span> {t(r.label)}
              {r.detail && <span className="muted"> — {t(r.detail.key, r.detail.params)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="view-note">{t('dspRiskRules')}</p>
    </section>
  );
}
