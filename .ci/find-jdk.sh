# Finds a JDK 25 or newer and exports JAVA_HOME and SYNTHAUDIT_JAVA; sourced by ./synthaudit and
# .ci/run. Looks at JAVA_HOME, then /usr/lib/jvm/temurin-25-jdk-amd64 and /usr/lib/jvm/*25*,
# then the java on PATH. Exits with code 2 and a message when there is none.

synthaudit_java_major() {
    # Prints the major version of a java binary, e.g. 25 (or 1 for Java 8).
    "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

synthaudit_find_jdk() {
    local candidate major
    local -a homes=()
    if [[ -n "${JAVA_HOME:-}" ]]; then
        homes+=("$JAVA_HOME")
    fi
    homes+=(/usr/lib/jvm/temurin-25-jdk-amd64)
    for candidate in /usr/lib/jvm/*25*; do
        [[ -d "$candidate" ]] && homes+=("$candidate")
    done
    if command -v java > /dev/null 2>&1; then
        candidate="$(readlink -f "$(command -v java)")"
        homes+=("$(dirname "$(dirname "$candidate")")")
    fi
    for candidate in "${homes[@]}"; do
        if [[ -x "$candidate/bin/java" ]]; then
            major="$(synthaudit_java_major "$candidate/bin/java")"
            if [[ -n "$major" && "$major" -ge 25 ]]; then
                export JAVA_HOME="$candidate"
                export SYNTHAUDIT_JAVA="$candidate/bin/java"
                return 0
            fi
        fi
    done
    echo "synthaudit: no JDK 25 found (looked at JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64," \
        "/usr/lib/jvm/*25* and java on PATH); install a JDK 25 and set JAVA_HOME to it" >&2
    exit 2
}

synthaudit_find_jdk
