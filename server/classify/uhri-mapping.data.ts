// Landmark's own correspondence from UPR Info issues to UHRI themes and groups of affected
// persons (written for this project from the meaning of each label; not an OHCHR table).
// A link with `cues` holds only when the text also contains one of those word beginnings:
// UPR Info's `Rights of the Child` becomes `Children: juvenile justice` only for a text
// that speaks of juveniles. Names must match the taxonomy lists exactly (a test checks).

export interface UhriLink {
  label: string;
  /** Word beginnings (lower case, regex syntax allowed) of which the text must contain one. */
  cues?: readonly string[];
}

const PERSONS_DETAINED = 'Persons deprived of their liberty & detainees';
const LAW_ENFORCEMENT = 'Law enforcement / police & prison officials';
const TORTURE = 'Prohibition of torture & ill-treatment (including cruel, inhuman or degrading treatment)';
const EXPRESSION = 'Freedom of opinion and expression & access to information';
const MINORITIES = 'Minorities/ racial, ethnic, linguistic, religious or descent-based groups';
const IHL = 'International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)';

export const UPR_INFO_TO_UHRI: Record<string, readonly UhriLink[]> = {
  'Asylum-seekers - refugees': [{ label: 'Refugees & asylum seekers' }, { label: 'Stateless persons', cues: ['stateless'] }],
  'CP rights - general': [{ label: 'Civil & political rights - general measures of implementation' }],
  'Civil society': [{ label: 'Cooperation & consultation with civil society' }, { label: 'Civil society' }],
  Corruption: [{ label: 'Good governance & corruption' }],
  'Counter-terrorism': [{ label: 'Human rights & counter-terrorism' }],
  'Death penalty': [{ label: 'Death penalty' }, { label: 'Right to life' }],
  Detention: [
    { label: 'Conditions of detention' },
    { label: PERSONS_DETAINED },
    { label: 'Arbitrary arrest & detention', cues: ['arbitrar', 'pre-?trial', 'remand', 'habeas'] },
  ],
  Development: [{ label: 'Right to development' }, { label: '2030 Agenda & other voluntary commitments', cues: ['sustainable development', 'millennium', 'mdg', 'sdg'] }],
  Disabilities: [
    { label: 'Persons with disabilities: definition, general principles' },
    { label: 'Persons with disabilities' },
    { label: 'Persons with disabilities: accessibility, mobility', cues: ['access'] },
    { label: 'Persons with disabilities: independence, inclusion', cues: ['inclusi', 'independen', 'communit'] },
  ],
  Elections: [{ label: 'Right to participate in public affairs & right to vote' }],
  'Enforced disappearances': [{ label: 'Enforced disappearances' }, { label: 'Disappeared persons' }],
  'ESC rights - general': [{ label: 'Economic, social & cultural rights - general measures of implementation' }],
  Environment: [{ label: 'Human rights & the environment' }, { label: 'Human rights & climate change', cues: ['climat'] }],
  'Extrajudicial executions': [{ label: 'Extrajudicial, summary or arbitrary executions' }, { label: 'Right to life' }],
  'Freedom of association and peaceful assembly': [
    { label: 'Freedom of association', cues: ['associat', 'organi[sz]ation', 'union', 'ngo', 'part(y|ies)'] },
    { label: 'Right to peaceful assembly', cues: ['assembl', 'demonstrat', 'protest', 'gathering'] },
  ],
  'Freedom of movement': [{ label: 'Freedom of movement' }],
  'Freedom of opinion and expression': [{ label: EXPRESSION }],
  'Freedom of religion and belief': [{ label: 'Freedom of thought, conscience & religion' }],
  'Freedom of the press': [{ label: EXPRESSION }, { label: 'Media' }],
  'HIV - Aids': [{ label: 'Right to health' }, { label: 'Persons living with HIV/AIDS' }],
  'Human rights defenders': [{ label: 'Human rights defenders & activists' }],
  'Human rights education and training': [
    { label: 'Human rights education, trainings & awareness raising' },
    { label: LAW_ENFORCEMENT, cues: ['police', 'law enforcement', 'security force', 'prison', 'officer'] },
    { label: 'Judges, lawyers and prosecutors', cues: ['judge', 'judiciar', 'lawyer', 'prosecutor', 'magistrat'] },
  ],
  'Human rights violations by state agents': [
    { label: LAW_ENFORCEMENT },
    { label: 'Rule of law & impunity' },
    { label: TORTURE, cues: ['tortur', 'ill-?treat'] },
  ],
  Impunity: [{ label: 'Rule of law & impunity' }, { label: 'Access to justice & remedy', cues: ['remed', 'redress', 'compensat', 'reparation', 'victim'] }],
  'Indigenous peoples': [{ label: 'Indigenous peoples' }],
  'Internally displaced persons': [{ label: 'Internally displaced persons' }],
  'International humanitarian law': [{ label: IHL }, { label: 'Persons affected by armed conflict' }],
  'International instruments': [
    { label: 'Ratification of & accession to international instruments' },
    { label: 'Reservations', cues: ['reservation'] },
  ],
  Justice: [
    { label: 'Administration of justice & fair trial' },
    { label: 'Access to justice & remedy', cues: ['access', 'legal aid', 'remed', 'redress'] },
    { label: 'Judges, lawyers and prosecutors', cues: ['judge', 'judiciar', 'lawyer', 'prosecutor', 'magistrat'] },
    { label: 'Children: juvenile justice', cues: ['juvenile', 'children in conflict with', 'minors?'] },
  ],
  Labour: [
    { label: 'Labour rights and right to work' },
    { label: 'Trade union rights', cues: ['trade union', 'collective bargaining', 'unioni[sz]'] },
    { label: 'Children: protection against exploitation', cues: ['child labou?r'] },
  ],
  Migrants: [{ label: 'Migrants' }, { label: 'Non-citizens', cues: ['non-?citizen', 'foreigner', 'non-?national'] }],
  Minorities: [
    { label: 'Members of minorities' },
    { label: MINORITIES },
    { label: 'Roma, Gypsies, Sinti & Travellers', cues: ['roma', 'gyps', 'sinti', 'traveller'] },
  ],
  NHRI: [{ label: 'National Human Rights Institution (NHRI)' }],
  'National plan of action': [{ label: 'National Human Rights Action Plans (or specific areas) / implementation plans' }],
  Poverty: [{ label: 'Human rights & poverty' }, { label: 'Right to an adequate standard of living' }, { label: 'Persons living in poverty' }],
  'Public security': [{ label: 'Liberty & security of the person' }, { label: LAW_ENFORCEMENT, cues: ['police', 'security force', 'law enforcement'] }],
  'Racial discrimination': [
    { label: 'Racial discrimination' },
    { label: 'Equality & non-discrimination' },
    { label: 'People of African Descent', cues: ['african descent', 'afro'] },
  ],
  'Right to education': [{ label: 'Right to education' }, { label: 'Educational staff & students', cues: ['teacher', 'student', 'pupil'] }],
  'Right to food': [{ label: 'Right to food' }],
  'Right to health': [
    { label: 'Right to health' },
    { label: 'Sexual & reproductive health and rights', cues: ['reproductive', 'maternal', 'abortion', 'contracep', 'family planning'] },
  ],
  'Right to housing': [{ label: 'Right to adequate housing' }],
  'Right to land': [{ label: 'Land & property rights' }],
  'Right to water': [{ label: 'Safe drinking water & sanitation' }],
  'Rights of the Child': [
    { label: 'Children: definition; general principles; protection' },
    { label: 'Children' },
    { label: 'Children: juvenile justice', cues: ['juvenile', 'children in conflict with', 'criminal responsibility'] },
    { label: 'Children: protection against exploitation', cues: ['exploitation', 'child labou?r', 'child soldier', 'recruit', 'pornograph', 'prostitution'] },
    { label: 'Children: family environment & alternative care', cues: ['alternative care', 'orphan', 'adoption', 'foster', 'institutionali'] },
    { label: 'Rights related to name, identity & nationality', cues: ['birth registration', 'register', 'nationality'] },
  ],
  'Sexual Orientation and Gender Identity': [
    { label: 'Equality & non-discrimination' },
    { label: 'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)' },
  ],
  'Special procedures': [{ label: 'Cooperation & Follow up with Special Procedures' }],
  'Technical assistance and cooperation': [{ label: 'Cooperation with human rights mechanisms & requests for technical assistance' }],
  'Torture and other CID treatment': [
    { label: TORTURE },
    { label: 'National Preventive Mechanism (NPM)', cues: ['preventive mechanism', 'npm', 'optional protocol to the convention against torture', 'opcat'] },
  ],
  Trafficking: [{ label: 'Human trafficking & contemporary forms of slavery' }],
  'Treaty bodies': [{ label: 'Cooperation & Follow up with Treaty Bodies' }],
  'UPR process': [{ label: 'Cooperation & follow up with the Universal Periodic Review (UPR)' }],
  "Women's rights": [
    { label: 'Discrimination against women' },
    { label: 'Women & girls' },
    { label: 'Violence against women', cues: ['violen', 'rape', 'femicide', 'feminicide', 'harass', 'abuse'] },
    { label: 'Sexual & gender-based violence', cues: ['sexual violen', 'gender-based violen', 'rape', 'sexual abuse'] },
    { label: 'Participation of women in political & public life', cues: ['participat', 'representation', 'decision-?making', 'parliament', 'public life'] },
    { label: 'Advancement of women', cues: ['empower', 'advancement', 'gender equality'] },
  ],
  General: [],
  Other: [],
};

/**
 * Labels a text can earn from its words alone, whatever the UPR Info issues: cues specific
 * enough that a match is good evidence (`climate change`, `albinism`).
 */
export const UHRI_TEXT_CUES: Record<string, readonly string[]> = {
  'Human rights & climate change': ['climate change'],
  'Persons with albinism': ['albinism'],
  'Older persons': ['older persons', 'elderly'],
  'Persons living in rural areas': ['rural'],
  'Stateless persons': ['stateless'],
  'Youth & juveniles': ['youth', 'young people'],
  'Business & Human Rights': ['business', 'corporat', 'private sector', 'companies'],
  'National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)': ['national mechanism for (implementation|reporting)', 'reporting and follow-?up'],
  'Data collection & research': ['disaggregated data', 'data collection', 'statistic'],
  'Rights related to name, identity & nationality': ['birth registration'],
  'Transitional justice': ['transitional justice', 'truth and reconciliation', 'truth commission'],
  'Private life & privacy': ['privacy', 'surveillance'],
  'Unilateral coercive measures': ['unilateral coercive', 'sanctions'],
  'Right to social security': ['social security', 'social protection', 'pension'],
  'Cultural rights': ['cultural rights', 'cultural heritage'],
  'Right to self-determination': ['self-determination'],
  'Rights related to marriage & family': ['marriage'],
  'Sexual & reproductive health and rights': ['reproductive health', 'sexual and reproductive'],
  'Budget & resources (for human rights implementation)': ['budget', 'adequate resources', 'sufficient resources'],
  'Derogation & state of emergency': ['state of emergency', 'emergency law'],
  'Use of mercenaries/private security': ['mercenar', 'private (military|security)'],
};
