#!/usr/bin/env bash
# The first step of scaling out (docs/scaling.md), proved: two Liberty servers from the same EAR on different
# ports against one PostgreSQL database, HTTP sessions kept in that database (liberty-config/cluster/
# cluster-node.xml, Liberty's sessionDatabase-1.0), the same LTPA keys. A user logs in on server A (9080),
# opens a view-scoped page and changes it there; then the same browser cookies go to server B (9082): the user
# must still be logged in and the view opened on A must still work on B, with its state (bench/src/LoadGen.java
# failover).
#
#   bench/session-failover.sh start-a-config   before `bin/jixiao run`: server A gets the cluster config (its
#                                              database needs the schema http_sessions: CREATE SCHEMA http_sessions)
#   bench/session-failover.sh check            with A running (on PostgreSQL): start B, check, stop B
#   bench/session-failover.sh clean            after: A back to the single-server config, B removed
# bench/run-all.sh calls all three, holding the IT lock. The database is A's (JIXIAO_DB_URL/USER/PASSWORD).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/bench
mkdir -p "$out"
WLP=ear/target/liberty/wlp
A=$WLP/usr/servers/jixiao
B=$WLP/usr/servers/jixiao-b

case "${1:-}" in
  start-a-config)
    mkdir -p "$A/configDropins/overrides"
    cp liberty-config/cluster/cluster-node.xml "$A/configDropins/overrides/"
    ;;
  check)
    : "${JIXIAO_DB_URL:?the database of server A}"
    curl -fs -o /dev/null --max-time 5 http://localhost:9080/health/ready || { echo "server A is not running" >&2; exit 1; }
    # B: a copy of A's server directory — the same EAR, configuration and LTPA keys (resources/security) —
    # without A's logs and work area, on ports 9082/9445
    "$WLP/bin/server" stop jixiao-b >/dev/null 2>&1 || true
    rm -rf "$B"
    mkdir -p "$B"
    (cd "$A" && tar --exclude=./logs --exclude=./workarea --exclude=./tranlog -cf - .) | (cd "$B" && tar -xf -)
    printf 'http.port=9082\nhttps.port=9445\n' >>"$B/bootstrap.properties"
    stop_b() { "$WLP/bin/server" stop jixiao-b >/dev/null 2>&1 || true; }
    trap stop_b EXIT
    "$WLP/bin/server" start jixiao-b >"$out/server-b.log" 2>&1
    for _ in $(seq 1 240); do
      curl -fs -o /dev/null --max-time 2 http://localhost:9082/health/ready && break
      sleep 0.5
    done
    curl -fs -o /dev/null --max-time 2 http://localhost:9082/health/ready \
      || { tail -20 "$B/logs/messages.log" >&2; echo "server B did not start" >&2; exit 1; }
    # B's address must be one of the portal client's redirect URIs (a balancer's single public URL would be);
    # the realm file lists it, a Keycloak imported before that gets it through the admin API
    kc=http://localhost:8180
    admin=$(curl -fs -d grant_type=password -d client_id=admin-cli -d username=kcadmin -d 'password=Jixiao@2023' \
      "$kc/realms/master/protocol/openid-connect/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
    curl -fs -H "Authorization: Bearer $admin" "$kc/admin/realms/bureau/clients?clientId=jixiao-portal" \
      | python3 -c 'import sys,json
c = json.load(sys.stdin)[0]
uris = c.setdefault("redirectUris", [])
if "http://localhost:9082/*" not in uris:
    uris.append("http://localhost:9082/*")
json.dump(c, open(sys.argv[1], "w"))' "$out/portal-client.json"
    id=$(python3 -c 'import sys,json; print(json.load(open(sys.argv[1]))["id"])' "$out/portal-client.json")
    curl -fs -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      --data @"$out/portal-client.json" "$kc/admin/realms/bureau/clients/$id"
    java bench/src/LoadGen.java failover "$out/session-failover.txt" \
      a=http://localhost:9080/jixiao b=http://localhost:9082/jixiao
    ;;
  clean)
    "$WLP/bin/server" stop jixiao-b >/dev/null 2>&1 || true
    rm -rf "$B" "$A/configDropins/overrides/cluster-node.xml"
    ;;
  *) echo "usage: bench/session-failover.sh start-a-config | check | clean" >&2; exit 2 ;;
esac
