#!/bin/sh
# Stand-in for the official nginx image's /docker-entrypoint.sh: when the command is nginx, run the
# /docker-entrypoint.d scripts (here: template rendering), then exec the command.
set -e
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
    for script in /docker-entrypoint.d/*.sh; do
        [ -x "$script" ] && "$script"
    done
fi
exec "$@"
