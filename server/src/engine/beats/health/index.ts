import type { Beat } from '../beat';

/**
 * Health: cases, infections, vaccinations and tests in an outbreak or a health system. Deaths and
 * hospital admissions are the casualties beat's; what is particular here is what an outbreak counts.
 */
export const health: Beat = {
  id: 'health',
  description: 'cases, infections, vaccinations and tests',
  metrics: [
    { key: 'cases', words: ['cases', 'confirmed cases', 'new cases', 'infections', 'case count', 'caseload'] },
    { key: 'infection rate', words: ['infection rate', 'positivity rate', 'test positivity', 'reproduction number', 'r number', 'incidence', 'incidence rate'] },
    { key: 'vaccination rate', words: ['vaccination rate', 'vaccination coverage', 'coverage', 'uptake', 'vaccine uptake'] },
    { key: 'waiting list', words: ['waiting list', 'waiting lists', 'waiting time', 'waiting times', 'backlog of patients'] },
  ],
  predicates: [
    { key: 'infected', words: ['infected', 'infecting', 'contracted', 'tested positive', 'fell ill', 'sickened', 'diagnosed'] },
    { key: 'vaccinated', words: ['vaccinated', 'vaccinating', 'inoculated', 'immunised', 'immunized', 'jabbed', 'received a dose', 'received the vaccine'] },
    { key: 'tested', words: ['tested', 'screened'] },
  ],
  predicateNouns: { infections: 'infected', vaccinations: 'vaccinated', doses: 'vaccinated' },
};
