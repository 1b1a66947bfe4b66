# Shared by the scripts in scripts/ (up, down, test, container-smoke and the checks and benchmarks). Sourced, not run.

INPACT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
INPACT_RUN_DIR=${INPACT_RUN_DIR:-$INPACT_ROOT/.run}

say() { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

port_in_use() {
    ss -Htln "sport = :$1" 2>/dev/null | grep -q .
}

# A random port no socket uses, below the kernel's range for outgoing connections: a port in that range can be
# taken by some client's connection (another service's, say) between this check and the bind.
free_port() {
    local below port
    below=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    (( below > 21000 )) || below=65536
    for _ in $(seq 1 200); do
        port=$(( 20000 + RANDOM % (below - 20000) ))
        if [[ -z $(ss -Htan "sport = :$port" 2>/dev/null) ]]; then
            echo "$port"
            return 0
        fi
    done
    die "found no free port"
}

random_hex() {
    head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'
}

pid_alive() {
    [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null
}

# Polls a command until it succeeds; fails after the timeout, or at once when the process (pid, may be
# empty) has exited, printing the tail of its log.
wait_until() {
    local what=$1 timeout=$2 log=$3 pid=$4
    shift 4
    local deadline=$(( SECONDS + timeout )) problem=""
    until "$@" >/dev/null 2>&1; do
        if [[ -n "$pid" ]] && ! pid_alive "$pid"; then
            problem="exited before it was ready"
        elif (( SECONDS >= deadline )); then
            problem="not ready after ${timeout}s"
        fi
        if [[ -n "$problem" ]]; then
            printf 'error: %s %s\n' "$what" "$problem" >&2
            if [[ -n "$log" && -f "$log" ]]; then
                printf -- '--- last lines of %s ---\n' "$log" >&2
                tail -n 40 "$log" >&2
            fi
            return 1
        fi
        sleep 0.5
    done
}

http_ok() {
    curl -fsS -o /dev/null --max-time 3 "$1"
}

# The unprivileged account a service runs as when we are root: nginx and PostgreSQL refuse to run
# as root (or should not), exactly as in their images.
unprivileged_user() {
    local preferred=$1
    if [[ $(id -u) -ne 0 ]]; then
        id -un
    elif id "$preferred" >/dev/null 2>&1; then
        echo "$preferred"
    else
        echo nobody
    fi
}

# Sets USER_PREFIX to the command prefix that runs a program as the given user (empty when that is us),
# so that `"${USER_PREFIX[@]}" program &` leaves $! = the program's own pid.
user_prefix() {
    if [[ $(id -un) == "$1" ]]; then
        USER_PREFIX=()
    else
        USER_PREFIX=(setpriv --reuid="$(id -u "$1")" --regid="$(id -g "$1")" --clear-groups --)
    fi
}

postgres_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$dir" ]] || dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
    [[ -x "$dir/initdb" ]] || die "PostgreSQL binaries (initdb) not found; install the postgresql package"
    echo "$dir"
}

# The backend's runnable jar: micronaut-maven-plugin shades it in place (original-*.jar is the thin one).
backend_jar() {
    local jar
    jar=$(ls "$INPACT_ROOT"/server/target/inpact-server-*.jar 2>/dev/null | grep -v '/original-' | head -n 1)
    [[ -n "$jar" ]] || die "no backend jar in server/target; run scripts/up without --no-build"
    echo "$jar"
}

# Renders an nginx template the way the official nginx image's entrypoint does: envsubst over the
# variables that are set, so nginx's own $variables stay untouched.
render_template() {
    envsubst "$(printf '${%s} ' $(compgen -e))" < "$1" > "$2"
}

# The host's first DNS server, for the nginx template's NGINX_RESOLVER (unused while BACKEND_HOST is an
# address, but nginx wants one configured): IPv6 in brackets, 127.0.0.1 when resolv.conf names none.
host_resolver() {
    local server
    server=$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf 2>/dev/null)
    [[ $server == *:* ]] && server="[$server]"
    echo "${server:-127.0.0.1}"
}
