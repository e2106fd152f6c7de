// The grading scales Landmark knows, with their grades, order, colour and definition.
import type { Grade, Scale } from '../../contracts/enums.ts';

export interface ScaleDefinition {
  code: Scale;
  name: string;
  grades: { code: Grade; label: string; rank: number; colour: string; definition: string }[];
}

export const SCALE_DEFINITIONS: readonly ScaleDefinition[] = [
  {
    code: 'sr-benchmark',
    name: "Special Rapporteur's three-grade scale",
    grades: [
      { code: 'on-target', label: 'On target', rank: 3, colour: '#1a7f37', definition: 'Fulfilled, or on the way to fulfilment.' },
      { code: 'variable', label: 'Variable', rank: 2, colour: '#b58100', definition: 'A mixed record: some good outcomes, some not, and work in progress.' },
      { code: 'off-target', label: 'Off target', rank: 1, colour: '#c62828', definition: 'Not fulfilled, or regressing.' },
    ],
  },
  {
    code: 'implementation',
    name: 'Level of implementation',
    grades: [
      { code: 'implemented', label: 'Implemented', rank: 3, colour: '#1a7f37', definition: 'The recommendation has been fully implemented.' },
      { code: 'partially-implemented', label: 'Partially implemented', rank: 2, colour: '#b58100', definition: 'Some measures have been taken; more are needed.' },
      { code: 'not-implemented', label: 'Not implemented', rank: 1, colour: '#c62828', definition: 'No measure has been taken.' },
    ],
  },
  {
    code: 'progress',
    name: 'Progress and regression',
    grades: [
      { code: 'progress', label: 'Progress', rank: 2, colour: '#1a7f37', definition: 'The situation has improved over the period.' },
      { code: 'regression', label: 'Regression', rank: 1, colour: '#c62828', definition: 'The situation has worsened over the period.' },
    ],
  },
];
