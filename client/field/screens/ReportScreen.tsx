import { useState } from 'react';
import { fieldReportCategories, maxReportPhotos, type FieldReport, type FieldReportCategory } from '../../../core/contracts/field';
import { fieldPaths } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { firstPosition } from '../first-position';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import { preparePicked } from '../report/pick-photos';
import { preparePhoto, type PreparedPhoto } from '../report/prepare-photo';
import { reportSubmitHint } from '../report/submit-hint';
import { useVoiceRecorder } from '../report/use-voice-recorder';
import { VoiceNoteField } from '../report/VoiceNoteField';

async function phonePosition(): Promise<[number, number] | null> {
  const pos = await firstPosition();
  return pos ? [pos.coords.longitude, pos.coords.latitude] : null;
}

/**
 * 随手拍: category, text, photos resized and stripped on the phone, an optional voice note (queued with the report). The point is sent only when the person ticks
 * 允许使用位置: the first photo's EXIF position, or else the phone's.
 */
export function ReportScreen({ outbox }: { outbox: Outbox }) {
  const { t } = useI18n();
  const [category, setCategory] = useState<FieldReportCategory>('dispute');
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<PreparedPhoto[]>([]);
  const [allowLocation, setAllowLocation] = useState(false);
  // The names of the picked files that could not be read as photos (the last pick's): each is said, the rest kept.
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const recorder = useVoiceRecorder();
  const voice = recorder.state.status === 'recorded' ? recorder.state.voice : null;
  const exifLngLat = photos.find((p) => p.exifLngLat)?.exifLngLat ?? null;
  const submitHint = reportSubmitHint({ text, recording: recorder.state.status === 'recording' });

  async function addPhotos(files: FileList | null) {
    if (!files) return;
    setUnreadable([]);
    setBusy(true);
    try {
      const picked = await preparePicked([...files], maxReportPhotos - photos.length, preparePhoto);
      setPhotos((list) => [...list, ...picked.prepared].slice(0, maxReportPhotos));
      // The browser's reason is English and technical ("The source image could not be decoded."): for the console only.
      for (const u of picked.unreadable) console.warn(`随手拍: ${u.name} is not a readable photo`, u.reason);
      setUnreadable(picked.unreadable.map((u) => u.name));
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    setBusy(true);
    try {
      const position = allowLocation ? (exifLngLat ?? (await phonePosition())) : null;
      const body: FieldReport = {
        id: newId(),
        category,
        text: text.trim(),
        createdAt: new Date().toISOString(),
        ...(position ? { position } : {}),
        photos: photos.map((p) => p.base64),
        ...(voice ? { voice: voice.base64, voiceMime: voice.mime } : {}),
      };
      await outbox.enqueue({ id: body.id, kind: 'report', path: fieldPaths.reports, body, label: t('fieldKindReport', { category: t(`fieldReportCategory_${category}`) }) });
      setText('');
      setPhotos([]);
      recorder.discard();
      setQueued(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field-report">
      <section className="field-card">
        <h2>{t('fieldReportCategory')}</h2>
        <div className="field-chips">
          {fieldReportCategories.map((c) => (
            <button key={c} type="button" className={c === category ? 'chip active' : 'chip'} onClick={() => setCategory(c)} data-testid={`report-category-${c}`}>
              {t(`fieldReportCategory_${c}`)}
            </button>
          ))}
        </div>
        <label className="field-label">
          {t('fieldReportText')}
          <textarea
            rows={4}
            maxLength={2000}
            value={text}
            placeholder={t('fieldReportTextPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setQueued(false);
            }}
            data-testid="report-text"
          />
        </label>
      </section>
      <section className="field-card">
        <h2>{t('fieldReportPhotos', { max: maxReportPhotos })}</h2>
        <div className="field-thumbs" data-testid="report-photos" data-count={photos.length}>
          {photos.map((p, i) => (
            <img key={i} src={`data:image/jpeg;base64,${p.base64}`} width={p.width} height={p.height} alt="" />
          ))}
        </div>
        {unreadable.map((name, i) => (
          <p key={i} className="field-error" data-testid="report-photo-skipped">
            {t('fieldReportPhotoSkipped', { name })}
          </p>
        ))}
        {photos.length < maxReportPhotos && (
          <label className="field-file wide">
            {t('fieldReportAddPhoto')}
            <input type="file" accept="image/*" capture="environment" multiple onChange={(e) => void addPhotos(e.target.files)} data-testid="report-photo-input" />
          </label>
        )}
        <label className="field-check">
          <input type="checkbox" checked={allowLocation} onChange={(e) => setAllowLocation(e.target.checked)} data-testid="report-allow-location" />
          {t('fieldReportAllowLocation')}
        </label>
        {allowLocation && <p className="muted small">{exifLngLat ? t('fieldReportLocationFromPhoto') : t('fieldReportLocationFromPhone')}</p>}
      </section>
      <VoiceNoteField recorder={recorder} />
      {queued && (
        <p className="field-note" data-testid="report-queued">
          {t('fieldReportQueued')}
        </p>
      )}
      <div className="field-actions">
        {/* While it cannot be sent the button says why, as 签到's says 请先开始巡逻: a line above it would grow the bar over the form. */}
        <button type="button" className="big" disabled={busy || submitHint !== null} onClick={() => void submit()} data-testid="report-submit" data-blocked={submitHint ?? undefined}>
          {submitHint ? t(submitHint) : t('fieldReportSubmit')}
        </button>
      </div>
    </div>
  );
}
