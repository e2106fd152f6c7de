// Indicators counted from the case register (issue 8: "counts at any date by category and
// sex, usable as indicator values"): an indicator may say which persons it counts
// (detained, convicted or released, of a category and a sex), and each value says whether
// it was entered or computed from the cases. Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table indicators
    add column case_measure text check (case_measure in ('detained','convicted','released')),
    add column case_category text check (case_category in ('human-rights-defender','journalist','political-activist','trade-unionist','land-environmental-activist','refugee-returnee','other')),
    add column case_sex text check (case_sex in ('female','male','other','mixed','unknown')),
    add constraint indicators_case_filters check (case_measure is not null or (case_category is null and case_sex is null))`,
  `comment on column indicators.case_measure is 'a case count: values are the persons in this state on their date, among the cases of case_category and case_sex when set'`,
  `alter table indicator_values
    add column source_kind text not null default 'entered' check (source_kind in ('entered','case-register'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table indicator_values drop column if exists source_kind').execute(db);
  await sql.raw('alter table indicators drop constraint if exists indicators_case_filters, drop column if exists case_sex, drop column if exists case_category, drop column if exists case_measure').execute(db);
}
