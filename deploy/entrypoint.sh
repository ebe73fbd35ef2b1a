#!/bin/sh
# Turns the secrets compose mounts as files (/run/secrets/…) into the settings MotCua reads, so that no password sits
# in compose.yaml, .env or `docker inspect`; then runs the web server, a verb (backup, restore, verify) or the schedule.
set -eu
# Backups, logs and stored files hold personal data: readable by the service account only (SECURITY.md, "Sao lưu").
umask 077

read_secret() {
    value=$(cat "$1")
    # Kept to letters and digits (openssl rand -hex 32): the database password goes into a connection string.
    case "$value" in
        "" | *[!A-Za-z0-9]*) echo "entrypoint: $1 must hold letters and digits only (openssl rand -hex 32)." >&2; exit 1 ;;
    esac
    printf '%s' "$value"
}

if [ -n "${MOTCUA_DB_PASSWORD_FILE:-}" ]; then
    ConnectionStrings__MotCua="${ConnectionStrings__MotCua:?ConnectionStrings__MotCua is not set};Password=$(read_secret "$MOTCUA_DB_PASSWORD_FILE")"
    export ConnectionStrings__MotCua
fi
if [ -n "${MOTCUA_DP_PASSWORD_FILE:-}" ]; then
    DataProtection__Certificate__Password=$(read_secret "$MOTCUA_DP_PASSWORD_FILE")
    export DataProtection__Certificate__Password
fi
# During a rotation (README, 3.2): the retired certificate's password.
if [ -n "${MOTCUA_DP_PREVIOUS_PASSWORD_FILE:-}" ]; then
    DataProtection__PreviousCertificates__0__Password=$(read_secret "$MOTCUA_DP_PREVIOUS_PASSWORD_FILE")
    export DataProtection__PreviousCertificates__0__Password
fi

if [ "${1:-}" = "backup-schedule" ]; then
    exec "$(dirname "$0")/backup-schedule.sh"
fi
# Relative to the working folder (/app in the image), which is also the content root (logs/).
exec dotnet MotCua.Web.dll "$@"
