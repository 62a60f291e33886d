import type { GridPeople, PersonNode } from '../../core/contracts/workforce';
import { personRoles } from '../../core/contracts/workforce';
import { useI18n } from '../i18n/I18nProvider';
import { personRoleLabels } from './workforce-labels';

/**
 * The grid's people in the three-level hierarchy: the grid leader over the grid workers and compound leaders, each
 * compound leader over the building leaders of the compound; and the beat's community officer. Names and work phones
 * are what the grid's notice board shows residents, so the server sends them unmasked.
 */
export function PeopleTree({ people }: { people: GridPeople }) {
  const { t } = useI18n();
  return (
    <div className="people-tree" data-testid="wf-people">
      <p className="counts">
        {personRoles.map((r) => (
          <span key={r} className="count-chip">
            {t(personRoleLabels[r])} {people.counts[r] ?? 0}
          </span>
        ))}
      </p>
      <ul className="tree">
        {people.roots.map((p) => (
          <PersonItem key={p.id} person={p} />
        ))}
      </ul>
      {people.officers.length > 0 && (
        <>
          <h4>{t('wfOfficers')}</h4>
          <ul className="tree">
            {people.officers.map((p) => (
              <PersonItem key={p.id} person={p} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PersonItem({ person }: { person: PersonNode }) {
  const { t } = useI18n();
  const place = person.buildingName ? `${person.compoundName ?? ''} ${person.buildingName}` : person.compoundName;
  return (
    <li data-testid="wf-person" data-role={person.role}>
      <span className={`role-chip role-${person.role}`}>{t(personRoleLabels[person.role])}</span> <strong>{person.name}</strong>
      {person.isPolice && <span className="muted"> · {t('wfPolice')}</span>}
      <span className="muted">
        {' '}
        · {person.employer} · <span className="mono">{person.phone}</span>
        {place && ` · ${place}`}
      </span>
      {person.children.length > 0 && (
        <ul>
          {person.children.map((c) => (
            <PersonItem key={c.id} person={c} />
          ))}
        </ul>
      )}
    </li>
  );
}
