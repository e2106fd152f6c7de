// 40 recommendations written for Landmark in its own words, labelled by hand with UHRI
// themes and groups and with SDG goals and targets. There are no public labelled examples
// for these two taxonomies here; this small set measures how the derived scorers do.

export interface HandLabelled {
  text: string;
  uhri: readonly string[];
  sdg: readonly string[];
}

const TORTURE = 'Prohibition of torture & ill-treatment (including cruel, inhuman or degrading treatment)';
const EXPRESSION = 'Freedom of opinion and expression & access to information';
const RATIFY = 'Ratification of & accession to international instruments';
const DETAINEES = 'Persons deprived of their liberty & detainees';
const CHILD = 'Children: definition; general principles; protection';

export const HAND_LABELLED: readonly HandLabelled[] = [
  { text: 'Abolish capital punishment in law and commute the sentences of everyone on death row', uhri: ['Death penalty', 'Right to life'], sdg: ['16', '16.1'] },
  { text: 'Join the Second Optional Protocol to the Covenant on Civil and Political Rights', uhri: [RATIFY, 'Death penalty'], sdg: [] },
  { text: 'Make sure that reporters can cover protests without being beaten or arrested by the police', uhri: [EXPRESSION, 'Media', 'Right to peaceful assembly'], sdg: ['16', '16.10'] },
  { text: 'Repeal the provisions that make defamation of officials a crime punishable by prison', uhri: [EXPRESSION], sdg: ['16', '16.10'] },
  { text: 'Let associations register without prior authorisation and stop dissolving NGOs by decree', uhri: ['Freedom of association', 'Civil society'], sdg: ['16', '16.10'] },
  { text: 'Protect activists who document land grabbing from threats and reprisals', uhri: ['Human rights defenders & activists', 'Land & property rights'], sdg: ['16', '16.10', '1', '1.4'] },
  { text: 'Investigate every complaint of beatings in police stations and bring the officers responsible to justice', uhri: [TORTURE, 'Law enforcement / police & prison officials', 'Rule of law & impunity'], sdg: ['16', '16.1', '16.3'] },
  { text: 'Designate an independent body with a mandate to visit all places of detention, as the optional protocol on torture requires', uhri: ['National Preventive Mechanism (NPM)', TORTURE], sdg: ['16', '16.a'] },
  { text: 'Reduce overcrowding in prisons and give detainees adequate food and medical care', uhri: ['Conditions of detention', DETAINEES], sdg: ['16', '16.3'] },
  { text: 'Limit pre-trial detention and bring every detainee promptly before a judge', uhri: ['Arbitrary arrest & detention', 'Administration of justice & fair trial', DETAINEES], sdg: ['16', '16.3'] },
  { text: 'Guarantee the independence of the judiciary and protect judges from political pressure', uhri: ['Administration of justice & fair trial', 'Judges, lawyers and prosecutors'], sdg: ['16', '16.3'] },
  { text: 'Provide free legal aid to poor people who cannot afford a lawyer', uhri: ['Access to justice & remedy', 'Persons living in poverty'], sdg: ['16', '16.3'] },
  { text: 'Bring the national human rights commission into line with the Paris Principles and give it enough funds', uhri: ['National Human Rights Institution (NHRI)'], sdg: ['16', '16.a'] },
  { text: 'Pass a law that makes domestic violence a specific offence and open shelters for women who flee it', uhri: ['Violence against women', 'Women & girls'], sdg: ['5', '5.2'] },
  { text: 'Raise the number of women in parliament and in senior government posts', uhri: ['Participation of women in political & public life', 'Women & girls'], sdg: ['5', '5.5'] },
  { text: 'Remove from the civil code every provision that treats wives unequally in inheritance', uhri: ['Discrimination against women', 'Women & girls'], sdg: ['5', '5.1'] },
  { text: 'Forbid marriage before 18 for girls and boys alike', uhri: ['Rights related to marriage & family', 'Children'], sdg: ['5', '5.3'] },
  { text: 'End the recruitment of children by armed groups and help former child soldiers return to school', uhri: ['Children: protection against exploitation', 'Children', 'Persons affected by armed conflict'], sdg: ['8', '8.7'] },
  { text: 'Make birth registration free and reach every newborn, including in remote villages', uhri: ['Rights related to name, identity & nationality', 'Children'], sdg: ['16', '16.9'] },
  { text: 'Raise the age of criminal responsibility and set up courts for juveniles', uhri: ['Children: juvenile justice', 'Children'], sdg: ['16', '16.3'] },
  { text: 'Ban corporal punishment of children at home and in schools', uhri: [CHILD, 'Children'], sdg: ['16', '16.2'] },
  { text: 'Make primary school free and compulsory and keep girls in secondary school', uhri: ['Right to education', 'Women & girls', 'Children'], sdg: ['4', '4.1', '4.5'] },
  { text: 'Teach human rights in schools and train the police in them', uhri: ['Human rights education, trainings & awareness raising', 'Law enforcement / police & prison officials'], sdg: ['4', '4.7'] },
  { text: 'Cut maternal deaths by training midwives and equipping rural clinics', uhri: ['Right to health', 'Sexual & reproductive health and rights', 'Persons living in rural areas', 'Women & girls'], sdg: ['3', '3.1', '3.8'] },
  { text: 'Give everyone living with HIV free antiretroviral treatment', uhri: ['Right to health', 'Persons living with HIV/AIDS'], sdg: ['3', '3.3'] },
  { text: 'Bring clean drinking water and toilets to informal settlements', uhri: ['Safe drinking water & sanitation'], sdg: ['6', '6.1', '6.2'] },
  { text: 'Stop forced evictions and offer adequate alternative housing to families who must move', uhri: ['Right to adequate housing'], sdg: ['11', '11.1'] },
  { text: 'Expand the school meals programme and fight child malnutrition', uhri: ['Right to food', 'Children'], sdg: ['2', '2.1', '2.2'] },
  { text: 'Widen the cash transfer programme to all households below the poverty line', uhri: ['Human rights & poverty', 'Right to social security', 'Persons living in poverty'], sdg: ['1', '1.3'] },
  { text: 'Set a minimum wage and inspect workplaces for unsafe conditions', uhri: ['Labour rights and right to work'], sdg: ['8', '8.8'] },
  { text: 'Protect domestic workers who come from abroad from confiscation of their passports and unpaid wages', uhri: ['Migrants', 'Labour rights and right to work'], sdg: ['8', '8.8', '10', '10.7'] },
  { text: 'Identify victims of trafficking for sexual exploitation and prosecute the traffickers', uhri: ['Human trafficking & contemporary forms of slavery'], sdg: ['5', '5.2', '8', '8.7', '16', '16.2'] },
  { text: 'Respect non-refoulement and give asylum seekers access to a fair procedure', uhri: ['Refugees & asylum seekers'], sdg: ['10', '10.7'] },
  { text: 'Consult indigenous communities and seek their free, prior and informed consent before mining on their lands', uhri: ['Indigenous peoples', 'Land & property rights', 'Business & Human Rights'], sdg: ['1', '1.4'] },
  { text: 'Fight discrimination against Roma in housing, schooling and jobs', uhri: ['Roma, Gypsies, Sinti & Travellers', 'Racial discrimination', 'Equality & non-discrimination'], sdg: ['10', '10.2', '10.3'] },
  { text: 'Decriminalise consensual relations between adults of the same sex', uhri: ['Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)', 'Equality & non-discrimination'], sdg: ['10', '10.3'] },
  { text: 'Make public buildings and transport accessible to wheelchair users', uhri: ['Persons with disabilities: accessibility, mobility', 'Persons with disabilities'], sdg: ['11', '11.2'] },
  { text: 'Accept the pending requests to visit from the special rapporteurs', uhri: ['Cooperation & Follow up with Special Procedures'], sdg: [] },
  { text: 'Submit the overdue reports to the committees of the human rights treaties', uhri: ['Cooperation & Follow up with Treaty Bodies'], sdg: [] },
  { text: 'Set up an anti-corruption agency able to investigate ministers', uhri: ['Good governance & corruption'], sdg: ['16', '16.5'] },
];
