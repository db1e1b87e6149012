/** The buying-process templates a workshop can start from (data in resources/templates). */
import b2bConsidered from '../../resources/templates/b2b-considered.json';
import blank from '../../resources/templates/blank.json';
import enterpriseCommittee from '../../resources/templates/enterprise-committee.json';
import transactionalSmb from '../../resources/templates/transactional-smb.json';

/** Team kinds that template roles are written against; mapped to the workshop's own teams. */
type TemplateTeam = 'marketing' | 'sales' | 'leadership';

export interface BuyingProcessTemplate {
  id: string;
  name: string;
  description: string;
  stages: {
    name: string;
    lead: TemplateTeam | 'shared';
    customerGoal: string;
    customerQuestions: string;
    touchpoints: string;
    exitCriterion: string;
    measure: string;
    /** Roles per team as letters, e.g. { marketing: 'RA', sales: 'C' }. */
    activities: { name: string; roles: Partial<Record<TemplateTeam, string>> }[];
  }[];
}

export const BUYING_PROCESS_TEMPLATES = [b2bConsidered, transactionalSmb, enterpriseCommittee, blank] as BuyingProcessTemplate[];

export function findTemplate(id: string): BuyingProcessTemplate | undefined {
  return BUYING_PROCESS_TEMPLATES.find((t) => t.id === id);
}
