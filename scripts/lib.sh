# Shared by scripts/run and scripts/test: choose a JDK of version 21 or newer.
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
