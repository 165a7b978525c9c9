# Shared by scripts/run, scripts/test and scripts/bench: choose a JDK of version 21 or newer, build
# the jar, and make sure PostgreSQL runs (on $PGHOST_ADDR:$PGPORT_NUM, which the caller sets).
# shellcheck shell=bash

java_major() { # JAVA_HOME -> major version, or 0
  local release="$1/release"
  [ -f "$release" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1
}

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME; return
  fi
  local default_home=""
  if command -v javac >/dev/null 2>&1; then
    default_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if [ "$(java_major "$default_home")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$default_home"; return
    fi
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$dir/bin/javac" ] || continue
    major="$(java_major "$dir")"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$dir"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Motorhub needs a JDK 21 or newer; none was found (the default java is older)." >&2
    echo "Install one (for example Temurin 21) or set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$best"
}

MOTORHUB_JAR=bootstrap/target/motorhub.jar

# The server's JVM options, unless MOTORHUB_JAVA_OPTS sets others: a heap of at most 192 MB with
# the serial collector (the smallest footprint on a machine of two cores: under load the process
# stays under 300 MB resident), and a class-data archive beside the jar, written when the first
# run exits and read by the next ones, which start about twice as fast (a new jar makes a new one).
MOTORHUB_JAVA_OPTS=${MOTORHUB_JAVA_OPTS:-"-Xmx192m -XX:+UseSerialGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=${MOTORHUB_JAR%.jar}.jsa"}

# Builds $MOTORHUB_JAR when it is missing or older than the sources (from the checkout's root).
ensure_jar() {
  if [ ! -f "$MOTORHUB_JAR" ] || [ -n "$(find . -path ./.git -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$MOTORHUB_JAR" -print -quit)" ]; then
    echo "Building $MOTORHUB_JAR ..." >&2
    ./mvnw -B -q -DskipTests package
  fi
}

pg_up() { pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT_NUM" 2>/dev/null; }

ensure_postgres() {
  if command -v pg_isready >/dev/null 2>&1 && pg_up; then return; fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it from Debian's packages ..." >&2
    [ "$(id -u)" -eq 0 ] || { echo "Installing PostgreSQL needs root (apt-get)." >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  fi
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -n 1)" main >/dev/null
  fi
  pg_lsclusters -h | while read -r version cluster _; do
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do pg_up && return; sleep 1; done
  echo "PostgreSQL did not come up on $PGHOST_ADDR:$PGPORT_NUM." >&2
  exit 1
}

# Runs psql as an administrator on database $1: over TCP as postgres where trust allows it, else
# as the postgres OS user over the local socket (Debian's default peer authentication).
psql_admin() {
  local db="$1"; shift
  if psql -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d "$db" -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PGHOST_ADDR" -p "$PGPORT_NUM" -U postgres -d "$db" -v ON_ERROR_STOP=1 -q "$@"
  else
    runuser -u postgres -- psql -p "$PGPORT_NUM" -d "$db" -v ON_ERROR_STOP=1 -q "$@"
  fi
}
