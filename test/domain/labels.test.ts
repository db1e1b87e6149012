import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, DECISION_METHOD_LABELS, DECISION_METHODS } from '../../src/domain/labels';
import { actionSchema, decisionSchema } from '../../src/domain/workshopSchema';

// The lists are read off the label tables (no zod in the renderer's first script); the schema stays the authority on order.
describe('labels', () => {
  it('lists the action statuses in the schema order, each with a label', () => {
    expect(ACTION_STATUSES).toEqual(actionSchema.shape.status.options);
    expect(Object.keys(ACTION_STATUS_LABELS)).toEqual(ACTION_STATUSES);
  });

  it('lists the decision methods in the schema order, each with a label', () => {
    expect(DECISION_METHODS).toEqual(decisionSchema.shape.method.options);
    expect(Object.keys(DECISION_METHOD_LABELS)).toEqual(DECISION_METHODS);
  });
});
