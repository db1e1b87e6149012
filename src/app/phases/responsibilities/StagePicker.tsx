/** The stages down the side: pick one to assign; each shows its activities and open problems. */
import { countNoun } from '../../../domain/countNoun';
import { displayName } from '../../../domain/displayNames';
import { NOUNS } from '../../../domain/labels';
import { memo } from 'react';
import type { ResponsibilityReport } from '../../../domain/checkResponsibilities';
import type { Activity, Stage } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';

interface StagePickerProps {
  stages: Stage[];
  activitiesByStage: Map<string, Activity[]>;
  report: ResponsibilityReport;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export const StagePicker = memo(function StagePicker({ stages, activitiesByStage, report, selectedId, onSelect }: StagePickerProps) {
  return (
    <nav className="raci-picker" aria-label="Stages">
      <ol className="raci-picker__list">
        {stages.map((stage, index) => (
          <StagePick
            key={stage.id}
            id={stage.id}
            index={index}
            name={displayName(stage.name, 'stage')}
            count={activitiesByStage.get(stage.id)?.length ?? 0}
            problems={report.byStage.get(stage.id)?.length ?? 0}
            selected={stage.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </nav>
  );
});

interface StagePickProps {
  id: string;
  index: number;
  name: string;
  count: number;
  problems: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One stage in the list; plain values as props, so a toggle re-renders only the stage whose counts changed. */
const StagePick = memo(function StagePick({ id, index, name, count, problems, selected, onSelect }: StagePickProps) {
  return (
    <li>
      <button type="button" className="raci-picker__item" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(id)} data-testid="stage-pick" data-stage-id={id}>
        <span className="raci-picker__number">{index + 1}</span>
        <span className="raci-picker__text">
          <span className="raci-picker__name">{name}</span>
          <span className="raci-picker__meta">
            {countNoun(count, NOUNS.activity)}
            {problems > 0 ? (
              <span className="raci-picker__problems">
                {' · '}
                <Icon name="alert" />
                {countNoun(problems, NOUNS.problem)}
              </span>
            ) : count > 0 ? (
              <span className="raci-picker__ok">
                {' · '}
                <Icon name="check" />
                OK
              </span>
            ) : null}
          </span>
        </span>
      </button>
    </li>
  );
});
