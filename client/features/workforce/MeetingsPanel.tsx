import { useState } from 'react';
import type { GridPeople, MeetingKind } from '../../../core/contracts/workforce';
import { meetingKinds } from '../../../core/contracts/workforce';
import { listMeetings } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingForm } from './MeetingForm';
import { meetingLabels } from '../../shared/workforce-labels';

/** 网格联席会 (monthly) and 季度谈心谈话 (quarterly): newest first, with minutes and who attended; recorders add one. */
export function MeetingsPanel({ gridCode, people, mayRecord }: { gridCode: string; people: GridPeople | undefined; mayRecord: boolean }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [version, setVersion] = useState(0);
  const [meetings] = useResource((signal) => listMeetings({ grid: gridCode, kind }, signal), [gridCode, kind, version]);
  return (
    <div className="wf-panel" data-testid="wf-meetings">
      {mayRecord && people && <MeetingForm gridCode={gridCode} people={people} onRecorded={() => setVersion((v) => v + 1)} />}
      <div className="filters">
        <label>
          {t('wfMeetingKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind | '')}>
            <option value="">{t('dspAny')}</option>
            {meetingKinds.map((k) => (
              <option key={k} value={k}>
                {t(meetingLabels[k])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {meetings.status === 'error' && <p className="error">{t('loadFailed', { message: meetings.error.message })}</p>}
      {meetings.data?.length === 0 && <p className="muted">{t('noRows')}</p>}
      <ul className="meeting-list">
        {meetings.data?.map((m) => (
          <li key={m.id} data-testid="wf-meeting">
            <div>
              <strong>{m.heldOn}</strong> · {t(meetingLabels[m.kind])} · {m.topic}
            </div>
            <div className="muted">{t('wfAttendance', { names: m.attendance.map((a) => a.name ?? a.id).join('、'), n: m.attendance.length })}</div>
            <details>
              <summary>{t('wfMinutes')}</summary>
              <p className="minutes">{m.minutes}</p>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
