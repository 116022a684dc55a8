#!/usr/bin/env bash
# The deployment benchmark (issue 16; BENCHMARKS.md "Many municipalities behind a proxy"):
# three release servers behind nginx on PostgreSQL (deploy/local/run) with 20 invented
# municipalities × 1,000 offers and 200 events each; wrk across the hosts on the search,
# calendar and offer pages through the proxy (three servers) and straight to one server;
# which snapshots one municipality's write rebuilds; each server's memory.
#
#   cargo build --release && benches/deployment/run.sh
#
# Needs nginx, psql, wrk and python3; PostgreSQL at PG_URL (as deploy/local/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
export SAMMEN_BIN=${SAMMEN_BIN:-target/release/sammen}
export PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
export DEPLOY_DIR=${DEPLOY_DIR:-/tmp/sammen-bench}
export DEPLOY_DB=${DEPLOY_DB:-sammen_bench}
token=bench-operators-token-0123456789
export SAMMEN_EXTRA_ENV="SAMMEN_DEMO=off
SAMMEN_OPS_TOKEN=$token"
secs=${SECS:-10}
data=$DEPLOY_DIR/data
db_url="${PG_URL%/*}/$DEPLOY_DB"

deploy/local/run start
trap 'deploy/local/run stop' EXIT
python3 benches/deployment/generate.py "$data" 20 1000
env_for_cli() { set -a; . "$DEPLOY_DIR/sammen.env"; set +a; }
started=$(date +%s)
for n in $(seq -w 1 20); do
  (env_for_cli; "$SAMMEN_BIN" municipality add "$data/bench-$n.toml" >/dev/null
   "$SAMMEN_BIN" --municipality "bench-$n" import hsds "$data/bench-$n.json" >/dev/null)
done
# 200 events per municipality (weekly, spread over four weeks from today), straight in
# SQL — there is no import of events — with a change-log row so every server rebuilds.
psql -q "$db_url" <<SQL
INSERT INTO event (municipality_id, organisation_id, offer_id, place_id, town_id, online, address, title,
  description, kind, life_arena, target_groups, age_min, age_max, start_local, duration_minutes, every_weeks,
  occurrence_count, price_dkk, capacity, signup_required, signup_closes_hours, needs_contact, bring,
  accessibility, cancelled, created_at, updated_at)
SELECT m.id, (SELECT MIN(o.id) FROM organisation o WHERE o.municipality_id = m.id), NULL, NULL,
  (SELECT MIN(t.id) FROM town t WHERE t.municipality_id = m.id), 0, 'Torvet 1', 'Fællesspisning nr. ' || g,
  'Vi spiser sammen.', 'spis-sammen', 'leisure', 'voksne', 0, 120,
  to_char(current_date + (g % 28), 'YYYY-MM-DD') || 'T' || lpad((10 + g % 10)::text, 2, '0') || ':00',
  120, 1, 4, 0, 30, 0, 0, 0, '', '', 0, extract(epoch from now())::bigint, extract(epoch from now())::bigint
FROM municipality m, generate_series(1, 200) g WHERE m.slug LIKE 'bench-%';
INSERT INTO change_log (municipality_id, entity, entity_id, changed_at)
SELECT id, 'event', 'bench', extract(epoch from now())::bigint FROM municipality WHERE slug LIKE 'bench-%';
SQL
echo "loaded 20 municipalities × 1,000 offers and 200 events in $(( $(date +%s) - started )) s"
# Every server has built every snapshot when each host's search finds its offers.
for port in 18091 18092 18093; do
  for n in $(seq -w 1 20); do
    for _ in $(seq 1 240); do
      curl -sf -H "Host: b$n.sammen.test" "http://127.0.0.1:$port/kalender" | grep -q "Fællesspisning" && break
      sleep 0.5
    done
  done
done
first_offers=$(psql -tA "$db_url" -c "SELECT string_agg(x::text, ' ' ORDER BY slug) FROM (SELECT m.slug, MIN(o.id) AS x FROM offer o JOIN municipality m ON m.id = o.municipality_id WHERE m.slug LIKE 'bench-%' GROUP BY m.slug) s")
export FIRST_OFFERS="$first_offers"

echo
echo "| page | three servers behind nginx: req/s | p99 | one server: req/s | p99 |"
echo "|---|---:|---:|---:|---:|"
for page in search calendar offer; do
  row="| $page"
  for port in 18090 18091; do
    out=$(PAGE=$page wrk -t2 -c32 -d"${secs}s" --latency -s benches/deployment/hosts.lua "http://127.0.0.1:$port" 2>&1)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    row="$row | ${rps%.*}${bad:+ ($bad non-2xx)} | $p99"
  done
  echo "$row |"
done

echo
rebuilds() {
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$1/metrics" \
    | awk '/^sammen_derived_rebuilds_total/ {sum += $2} END {print sum + 0}'
}
own_rebuilds() {
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$1/metrics" \
    | awk -v m="$2" '$0 ~ "^sammen_derived_rebuilds_total.*municipality=\"" m "\"" {sum += $2} END {print sum + 0}'
}
before_all=$(rebuilds 18091); before_own=$(own_rebuilds 18091 bench-07)
t0=$(date +%s%N)
psql -q "$db_url" -c "UPDATE offer SET name = 'Zebrafinkestrik' WHERE id = (SELECT MIN(id) FROM offer o JOIN municipality m ON m.id = o.municipality_id WHERE m.slug = 'bench-07'); INSERT INTO change_log (municipality_id, entity, entity_id, changed_at) SELECT id, 'offer', 'bench', 0 FROM municipality WHERE slug = 'bench-07';"
until curl -sf -H "Host: b07.sammen.test" "http://127.0.0.1:18091/vejviser?q=zebrafinkestrik" | grep -q "Zebrafinkestrik"; do sleep 0.05; done
t1=$(date +%s%N)
after_all=$(rebuilds 18091); after_own=$(own_rebuilds 18091 bench-07)
echo "a write in bench-07: server 1 rebuilt $((after_all - before_all)) snapshot(s), $((after_own - before_own)) of them bench-07's; the change was searchable $(( (t1 - t0) / 1000000 )) ms after the commit (poll every 500 ms)"

echo
for n in 1 2 3; do
  pid=$(sed -n "${n}p" "$DEPLOY_DIR/pids")
  echo "server $n: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$pid/status) resident with 21 municipalities"
done
