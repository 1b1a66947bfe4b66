# The development stack (issue 7, points 1e and 4), sourced by scripts/container-smoke after the production
# stack is down: compose.yaml + compose.override.yaml, dev images built offline like the production ones,
# the Maven repository volumes seeded from the host's (the images' own go-offline ran in a throw-away
# copy-on-write mount), then an edit to a client source and to a server source, each timed.

DEV_BIND=${INPACT_DEV_BIND:-127.0.0.2}
CLIENT_EDIT_FILE=client-spa/src/main/java/io/inpact/spa/pages/accounts/SignInPage.java
CLIENT_EDIT_LITERAL='"Sign in"'
SERVER_EDIT_FILE=server/src/main/java/io/inpact/Application.java
EDITED_FILES=()

restore_edits() {
    local f
    for f in "${EDITED_FILES[@]}"; do
        [[ -f $WORK/edit-backup/$f ]] && cp -p "$WORK/edit-backup/$f" "$ROOT/$f"
    done
    EDITED_FILES=()
}

edit_file() { # edit_file FILE SED-EXPRESSION
    mkdir -p "$WORK/edit-backup/$(dirname "$1")"
    [[ -f $WORK/edit-backup/$1 ]] || cp -p "$ROOT/$1" "$WORK/edit-backup/$1"
    EDITED_FILES+=("$1")
    sed -i "$2" "$ROOT/$1"
}

build_dev_images() {
    build_project dev-frontend client-spa/dev-server/Dockerfile || return 1
    build_project dev-backend server/Dockerfile --target deps || return 1
    load_into_docker localhost/inpact-smoke/project-dev-frontend localhost/inpact-smoke/project-dev-backend || return 1
    docker tag localhost/inpact-smoke/project-dev-frontend "${PROJECT}_frontend" \
        && docker tag localhost/inpact-smoke/project-dev-backend "${PROJECT}_backend" || return 1
    inspect_dev_image localhost/inpact-smoke/project-dev-frontend 5173
}

inspect_dev_image() {
    local health ports
    ports=$(docker image inspect -f '{{range $p, $_ := .Config.ExposedPorts}}{{$p}} {{end}}' "$1")
    health=$(docker image inspect -f '{{if .Config.Healthcheck}}{{json .Config.Healthcheck.Test}}{{end}}' "$1")
    note "$1: exposed=$ports healthcheck=$health"
    [[ " $ports " == *" $2/tcp "* && $health == '["CMD",'* ]]
}

seed_maven_volumes() {
    local volume
    for volume in frontend_maven_repo backend_maven_repo; do
        timeout 60 docker volume create --label "com.docker.compose.project=$PROJECT" --label "com.docker.compose.volume=$volume" \
            "${PROJECT}_$volume" >/dev/null || return 1
        timeout 600 docker run --rm --network none --user 0:0 --entrypoint sh -v "$M2/repository:/src:ro" -v "${PROJECT}_$volume:/dst" \
            localhost/inpact-smoke/project-dev-backend -c 'mkdir -p /dst/repository && cp -a /src/. /dst/repository/' || return 1
    done
    note "named volumes ${PROJECT}_frontend_maven_repo and ${PROJECT}_backend_maven_repo seeded from $M2/repository"
}

dev_up() {
    export INPACT_DEV_BIND=$DEV_BIND
    rewrite_compose "$WORK/dev" compose.yaml compose.override.yaml || return 1
    COMPOSE_UP+=("$WORK/dev")
    note "development ports published on $DEV_BIND (the host's own services may hold 127.0.0.1:5432/6379)"
    DC_TIMEOUT=900 compose "$WORK/dev" up -d --no-build frontend backend redis db 2>&1 | tail -n 8 | sed 's/^/    /'
    wait_healthy "$WORK/dev" 1200
}

dev_reachability() {
    local service ok=0 expected
    for service in frontend backend redis db; do
        note "$service: $(published "$WORK/dev" "$service" | tr '\n' ' ')"
    done
    for expected in "frontend 5173" "backend 8000" "backend 5005" "redis 6379" "db 5432"; do
        set -- $expected
        grep -q "^$2/tcp->$DEV_BIND:$2\$" <<<"$(published "$WORK/dev" "$1")" || { note "$1 does not publish $2 on $DEV_BIND"; ok=1; }
    done
    curl -fsS --max-time 10 -o /dev/null "http://$DEV_BIND:5173/" || { note "dev server not answering on $DEV_BIND:5173"; ok=1; }
    curl -fsS --max-time 10 -o /dev/null "http://$DEV_BIND:8000/health" || { note "backend not answering on $DEV_BIND:8000"; ok=1; }
    [[ $(timeout 10 bash -c "exec 3<>/dev/tcp/$DEV_BIND/6379; printf 'PING\r\n' >&3; head -c 5 <&3") == "+PONG" ]] \
        || { note "redis not answering on $DEV_BIND:6379"; ok=1; }
    timeout 10 bash -c "exec 3<>/dev/tcp/$DEV_BIND/5432" || { note "postgres not accepting on $DEV_BIND:5432"; ok=1; }
    ((ok == 0)) && note "with the override: 5173, 8000 (+ JDWP 5005), 6379 and 5432 answer from the host"
    return $ok
}

spa_script_url() {
    local index script
    index=$(curl -fsS --max-time 10 "http://$DEV_BIND:5173/") || return 1
    script=$(grep -oE 'src="[^"]+\.js"' <<<"$index" | grep -v __dev | head -n 1 | sed -E 's/src="([^"]+)"/\1/')
    [[ -n $script ]] && echo "http://$DEV_BIND:5173/${script#/}"
}

serves_marker() {
    local body
    body=$(curl -fsS --max-time 10 "$(spa_script_url)") || return 1
    grep -qF -- "$1" <<<"$body"
}

client_edit() {
    grep -q "$CLIENT_EDIT_LITERAL" "$ROOT/$CLIENT_EDIT_FILE" || { note "$CLIENT_EDIT_FILE has no $CLIENT_EDIT_LITERAL to edit"; return 1; }
    local marker id before started elapsed
    marker="smoke-$(random_hex 4)"
    id=$(compose "$WORK/dev" ps -q frontend)
    before=$(docker inspect -f '{{.State.StartedAt}}' "$id")
    started=$(date +%s%N)
    edit_file "$CLIENT_EDIT_FILE" "0,/$CLIENT_EDIT_LITERAL/s//\"Sign in $marker\"/"
    wait_for 180 "the dev server to serve the edit" serves_marker "$marker" || { restore_edits; return 1; }
    elapsed=$(( ($(date +%s%N) - started) / 100000000 ))
    restore_edits
    [[ $(docker inspect -f '{{.State.StartedAt}}' "$id") == "$before" ]] || { note "the frontend container restarted"; return 1; }
    DEV_CLIENT_SECONDS=$((elapsed / 10)).$((elapsed % 10))
    note "client edit ($CLIENT_EDIT_FILE) served by the dev server after ${DEV_CLIENT_SECONDS}s, no container restarted"
}

startups() { docker logs "$(compose "$WORK/dev" ps -q backend)" 2>&1 | grep -c "Startup completed"; }

server_edit() {
    local before started elapsed
    before=$(startups)
    started=$(date +%s%N)
    edit_file "$SERVER_EDIT_FILE" "\$a // touched by scripts/container-smoke"
    wait_for 600 "the backend to restart" bash -c "(( \$(docker logs $(compose "$WORK/dev" ps -q backend) 2>&1 | grep -c 'Startup completed') > $before ))" \
        || { restore_edits; return 1; }
    wait_for 60 "the restarted backend's /health" curl -fsS --max-time 5 -o /dev/null "http://$DEV_BIND:8000/health" || { restore_edits; return 1; }
    elapsed=$(( ($(date +%s%N) - started) / 100000000 ))
    restore_edits
    DEV_SERVER_SECONDS=$((elapsed / 10)).$((elapsed % 10))
    note "server edit ($SERVER_EDIT_FILE): backend recompiled, restarted and healthy after ${DEV_SERVER_SECONDS}s"
}

trap 'restore_edits; teardown' EXIT
dev_images() { build_dev_images && seed_maven_volumes; }
if run_step "4 build dev images offline; seed Maven volumes" dev_images; then
    if run_step "4 development stack up, every healthcheck healthy" dev_up; then
        run_step "1e development: 5173, 8000, 6379, 5432 reachable" dev_reachability
        run_step "4 client edit visible without restart" client_edit \
            && RESULTS[-1]="4 client edit visible without restart (${DEV_CLIENT_SECONDS}s)|ok|${RESULTS[-1]##*|}"
        run_step "4 server edit restarts the backend" server_edit \
            && RESULTS[-1]="4 server edit restarts the backend (${DEV_SERVER_SECONDS}s)|ok|${RESULTS[-1]##*|}"
    fi
fi
