#!/usr/bin/env bash
# Regenerates server/db/schema.ts from the migrations, on a throwaway database of the
# PostgreSQL server named by ADMIN_DATABASE_URL (default: the local server).
set -euo pipefail
admin=${ADMIN_DATABASE_URL:-postgres://postgres@127.0.0.1/postgres}
name=landmark_types_$$
psql "$admin" -qc "create database $name"
trap 'psql "$admin" -qc "drop database if exists $name with (force)"' EXIT
url=${admin%/*}/$name
DATABASE_URL=$url npx tsx scripts/migrate.ts
npx kysely-codegen --url "$url" --out-file server/db/schema.ts --exclude-pattern "kysely_*" --date-parser string --numeric-parser number
sed -i 's/^export type Int8 = ColumnType<string,/export type Int8 = ColumnType<number,/' server/db/schema.ts
