#!/bin/sh
# Every day at MOTCUA_BACKUP_AT (HH:MM, the container's TZ) backs up the database and the file store together into a
# dated folder of /var/backups/motcua, then removes the folders older than MOTCUA_BACKUP_KEEP_DAYS. Old backups are
# removed only after a new one succeeded, so a run of failures never leaves fewer backups behind.
set -eu
at="${MOTCUA_BACKUP_AT:-01:30}"
keep="${MOTCUA_BACKUP_KEEP_DAYS:-14}"
root="${MOTCUA_BACKUP_ROOT:-/var/backups/motcua}"
# The container's health check reads this file (compose.yaml): it exists while the last backup failed.
failed="$root/LAST-BACKUP-FAILED"
umask 077

while true; do
    now=$(date +%s)
    next=$(date -d "today $at" +%s)
    [ "$next" -gt "$now" ] || next=$(date -d "tomorrow $at" +%s)
    echo "backup-schedule: next backup at $(date -d "@$next" '+%F %T %Z')"
    sleep $((next - now))

    folder="$root/$(date +%F_%H%M)"
    if dotnet MotCua.Web.dll backup --to "$folder"; then
        rm -f "$failed"
        find "$root" -mindepth 1 -maxdepth 1 -type d -mtime +"$keep" -print -exec rm -rf {} +
    else
        date '+%F %T %Z' > "$failed"
        echo "backup-schedule: the backup into $folder FAILED (see above); older backups are kept." >&2
    fi
done
