#!/usr/bin/env bash
# Writes the files the dev overlay's secretGenerator reads, under secrets/ (git-ignored):
# a fresh signing key, a fresh cockpit secret (the gateway gets only its hash), one staff account, and the
# connection strings of the servers named by these variables (all required):
#   POSTGRES_HOST POSTGRES_USER POSTGRES_PASSWORD   one server, databases enterprisesdb, projectsdb, indicatorsdb
#   RABBITMQ_URL                                     amqp://user:password@host:5672
#   REDIS                                            host:6379[,password=...]
#   STAFF_USER STAFF_PASSWORD                        a person who may sign in to the cockpit (region huzhou, role read)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
hash="$here/../../tools/hash-secret.py"
out="$here/secrets"
: "${POSTGRES_HOST:?}" "${POSTGRES_USER:?}" "${POSTGRES_PASSWORD:?}" "${RABBITMQ_URL:?}" "${REDIS:?}" "${STAFF_USER:?}" "${STAFF_PASSWORD:?}"
mkdir -p "$out"
umask 077
pg() { echo "Host=$POSTGRES_HOST;Database=$1;Username=$POSTGRES_USER;Password=$POSTGRES_PASSWORD"; }
for service in enterprises projects indicators; do
  printf 'ConnectionStrings__%sdb=%s\nConnectionStrings__rabbitmq=%s\nConnectionStrings__redis=%s\n' \
    "$service" "$(pg "${service}db")" "$RABBITMQ_URL" "$REDIS" > "$out/$service-connections.env"
done
printf 'ConnectionStrings__redis=%s\n' "$REDIS" > "$out/gateway-connections.env"
[ -f "$out/signing-key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/signing-key.pem" 2>/dev/null
cockpit_secret=$(openssl rand -hex 32)
printf 'Gateway__ClientSecret=%s\n' "$cockpit_secret" > "$out/cockpit-client.env"
cat > "$out/gateway-identity.env" <<END
Identity__Applications__0__SecretHash=$(python3 "$hash" "$cockpit_secret")
Identity__Users__0__UserName=$STAFF_USER
Identity__Users__0__DisplayName=$STAFF_USER
Identity__Users__0__Region=huzhou
Identity__Users__0__Roles__0=read
Identity__Users__0__PasswordHash=$(python3 "$hash" "$STAFF_PASSWORD")
END
echo "wrote $out; now: kubectl apply -k $here"
