/**
 * A buying-process template turned into a workshop's stages and activities, with the
 * template's roles mapped to the workshop's teams by kind. Used when a workshop is created
 * and when a facilitator adds a template's stages later (as one undoable batch).
 */
import type { BuyingProcessTemplate } from './buyingProcessTemplates';
import type { BatchableCommand, Command } from './commands';
import type { Activity, RaciRole, Stage, Team } from './workshopSchema';

export function templateStages(template: BuyingProcessTemplate, teams: readonly Team[], newId: () => string): { stages: Stage[]; activities: Activity[] } {
  const teamFor = (kind: string) => teams.find((t) => t.kind === kind)?.id;
  const stages: Stage[] = [];
  const activities: Activity[] = [];
  for (const t of template.stages) {
    const stageId = newId();
    const lead = t.lead === 'shared' ? undefined : teamFor(t.lead);
    stages.push({
      id: stageId,
      name: t.name,
      customerGoal: t.customerGoal,
      customerQuestions: t.customerQuestions,
      touchpoints: t.touchpoints,
      exitCriterion: t.exitCriterion,
      measure: t.measure,
      leadClaims: lead ? [lead] : [],
      leadShared: t.lead === 'shared',
    });
    for (const a of t.activities) {
      const roles = Object.entries(a.roles).flatMap(([kind, letters]) => {
        const teamId = teamFor(kind);
        return teamId ? [...(letters ?? '')].map((role) => ({ teamId, role: role as RaciRole })) : [];
      });
      activities.push({ id: newId(), stageId, name: a.name, description: '', roles });
    }
  }
  return { stages, activities };
}

/** One undoable command that appends a template's stages and activities to a workshop. */
export function addTemplateStagesCommand(template: BuyingProcessTemplate, teams: readonly Team[], newId: () => string): Command {
  const { stages, activities } = templateStages(template, teams, newId);
  const commands: BatchableCommand[] = [
    ...stages.map((item): BatchableCommand => ({ type: 'addItem', collection: 'stages', item })),
    ...activities.map((item): BatchableCommand => ({ type: 'addItem', collection: 'activities', item })),
  ];
  return { type: 'batch', label: `Add the stages of “${template.name}”`, commands };
}
