# Finds a Java 21 or newer, so that nobody has to set JAVA_HOME by hand on a machine whose default
# `java` is older. Sourced (POSIX sh) by ./mvnw, ./partnergraph and .ci/run; ships next to the
# released jar for the launcher there.
#
#   pg_find_java 21 jdk   # a JDK (with javac), for building
#   pg_find_java 21 jre   # java alone, for running
#
# Order: JAVA_HOME, then the `java` on PATH, when new enough; otherwise the newest Java found in the
# usual install places. On success JAVA_HOME is exported; otherwise one line says what to install
# and the function returns 1.

# The feature version (17, 21, 25, ...) of the Java in home $1; empty when there is none.
pg_java_major() {
	_pg_version=""
	if [ -f "$1/release" ]; then
		# Reading the release file costs nothing; starting a JVM to ask costs a tenth of a second.
		_pg_version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -n 1)
	fi
	if [ -z "$_pg_version" ] && [ -x "$1/bin/java" ]; then
		_pg_version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 |
			sed -n 's/^ *java\.specification\.version = //p')
	fi
	_pg_version=${_pg_version#1.}
	echo "${_pg_version%%[!0-9]*}"
}

# Whether home $1 holds a Java of feature version >= $2 (and javac when $3 is jdk).
pg_java_fits() {
	[ -n "$1" ] && [ -x "$1/bin/java" ] || return 1
	[ "$3" != jdk ] || [ -x "$1/bin/javac" ] || return 1
	_pg_major=$(pg_java_major "$1")
	[ -n "$_pg_major" ] && [ "$_pg_major" -ge "$2" ]
}

pg_find_java() {
	_pg_need=$1
	_pg_kind=${2:-jdk}
	_pg_found=""
	if pg_java_fits "${JAVA_HOME:-}" "$_pg_need" "$_pg_kind"; then
		return 0
	fi
	_pg_path_java=$(command -v java 2>/dev/null || true)
	if [ -n "$_pg_path_java" ]; then
		_pg_path_home=$(dirname "$(dirname "$(readlink -f "$_pg_path_java" 2>/dev/null || echo "$_pg_path_java")")")
		if pg_java_fits "$_pg_path_home" "$_pg_need" "$_pg_kind"; then
			_pg_found=$_pg_path_home
		fi
	fi
	if [ -z "$_pg_found" ] && [ -x /usr/libexec/java_home ]; then
		# macOS keeps its own list.
		_pg_mac=$(/usr/libexec/java_home -v "$_pg_need+" 2>/dev/null || true)
		if pg_java_fits "$_pg_mac" "$_pg_need" "$_pg_kind"; then
			_pg_found=$_pg_mac
		fi
	fi
	if [ -z "$_pg_found" ]; then
		_pg_best=0
		for _pg_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
			"${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/*; do
			pg_java_fits "$_pg_home" "$_pg_need" "$_pg_kind" || continue
			if [ "$_pg_major" -gt "$_pg_best" ]; then
				_pg_best=$_pg_major
				_pg_found=$_pg_home
			fi
		done
	fi
	if [ -z "$_pg_found" ]; then
		if [ "$_pg_kind" = jdk ]; then _pg_what="a JDK"; else _pg_what="Java (a JDK or JRE)"; fi
		echo "PartnerGraph needs $_pg_what $_pg_need or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm): install one, for example the package openjdk-$_pg_need-jdk or Eclipse Temurin $_pg_need, or set JAVA_HOME to it." >&2
		return 1
	fi
	if [ -n "${JAVA_HOME:-}" ]; then
		echo "note: JAVA_HOME=$JAVA_HOME is not Java $_pg_need or newer; using $_pg_found" >&2
	fi
	JAVA_HOME=$_pg_found
	export JAVA_HOME
}
