// Reminders in the reader's language (issue 5): a notification stores what it is about (its
// kind and the facts of its sentence, in `params`) instead of an English sentence, and a
// user's language (the web app's and the reminder mail's) is one Landmark speaks.
// Existing rows are converted from the sentences Landmark wrote before. Plain SQL, frozen;
// never imports application code.
import { sql, type Kysely } from 'kysely';

const DATE = '([0-9]{4}-[0-9]{2}-[0-9]{2})';

/** Fills `params` of the rows of `kind` whose text matches `pattern`, from its groups (`m[1]`…). */
const convert = (kind: string, pattern: string, params: string) => `update notifications set params = ${params}
  from (select id as parsed_id, regexp_match(text, '${pattern}') as m from notifications where kind = '${kind}') parsed
  where id = parsed_id and m is not null`;

const upStatements = [
  `alter table notifications add column params jsonb`,
  convert('action-due', `^Action "(.*)" is due on ${DATE}$`, `jsonb_build_object('title', m[1], 'dueOn', m[2])`),
  convert('action-overdue', `^Action "(.*)" is overdue [(]it was due on ${DATE}[)]$`, `jsonb_build_object('title', m[1], 'dueOn', m[2])`),
  convert('call-deadline', `^The call for input "(.*)" closes on ${DATE}$`, `jsonb_build_object('title', m[1], 'closesOn', m[2])`),
  convert(
    'assessments-due',
    `^([0-9]+) benchmarks? of (.*) ha(s|ve) no assessment yet for the period (.*) [(]it ends on ${DATE}[)]$`,
    `jsonb_build_object('count', m[1]::int, 'monitor', m[2], 'period', m[4], 'endsOn', m[5])`,
  ),
  // A sentence Landmark did not write cannot be worded again; reminders are recomputed by
  // every refresh (`landmark remind`), which recreates any that still applies.
  `delete from notifications where params is null`,
  `alter table notifications alter column params set not null`,
  `alter table notifications drop column text`,
  `alter table notifications add constraint notifications_kind check (kind in ('action-due','action-overdue','call-deadline','assessments-due'))`,
  `comment on column notifications.params is 'the facts the reminder''s sentence needs (title, dates, count, monitor, period), worded in the reader''s language when shown or mailed'`,
  `update users set language = 'en' where language not in ('en','fr','es','km')`,
  `alter table users add constraint users_language check (language in ('en','fr','es','km'))`,
  `comment on column users.language is 'the language of the interface and of reminder mails'`,
];

const downStatements = [
  `alter table users drop constraint users_language`,
  `alter table notifications drop constraint notifications_kind`,
  `alter table notifications add column text text`,
  `update notifications set text = case kind
    when 'action-due' then format('Action "%s" is due on %s', params->>'title', params->>'dueOn')
    when 'action-overdue' then format('Action "%s" is overdue (it was due on %s)', params->>'title', params->>'dueOn')
    when 'call-deadline' then format('The call for input "%s" closes on %s', params->>'title', params->>'closesOn')
    else format('%s benchmark%s of %s ha%s no assessment yet for the period %s (it ends on %s)', params->>'count',
      case when params->>'count' = '1' then '' else 's' end, params->>'monitor',
      case when params->>'count' = '1' then 's' else 've' end, params->>'period', params->>'endsOn')
  end`,
  `alter table notifications alter column text set not null`,
  `alter table notifications drop column params`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of upStatements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of downStatements) await sql.raw(statement).execute(db);
}
