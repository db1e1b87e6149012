/** The swimlane picture's accessible title: which teams, which stages, how many hand-off markers, in words. */
import { countNoun } from '../../domain/countNoun';
import { NOUNS } from '../../domain/labels';

export interface SwimlanePictureFacts {
  /** The names of the lanes this picture shows. */
  shownTeams: readonly string[];
  /** How many lanes the whole picture has. */
  teamCount: number;
  /** The stage numbers this picture shows, in order. */
  shownStages: readonly number[];
  stageCount: number;
  markers: number;
}

export function describeSwimlanes({ shownTeams, teamCount, shownStages, stageCount, markers }: SwimlanePictureFacts): string {
  const teams = shownTeams.length === 0 ? 'no team lanes' : shownTeams.length === teamCount ? countNoun(teamCount, NOUNS.team) : shownTeams.join(', ');
  const stages =
    shownStages.length === stageCount
      ? countNoun(stageCount, NOUNS.stage)
      : shownStages.length === 1
        ? `stage ${shownStages[0]} of ${stageCount}`
        : `stages ${shownStages[0]} to ${shownStages.at(-1)} of ${stageCount}`;
  return `Swimlanes: ${teams} across ${stages}, with ${countNoun(markers, NOUNS.handoffMarker)}`;
}
