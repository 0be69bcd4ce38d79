#!/usr/bin/env bash
# Builds a native Retention Workbench with jpackage (JDK 17+): an app image with its own trimmed Java
# runtime under target/installer/, and a .deb package when fakeroot and dpkg-deb are installed.
#   installer/build-native.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--skip-build" ]; then
  mvn -B -q -DskipTests package
fi
jar=target/retention-workbench.jar
[ -f "$jar" ] || { echo "build-native: $jar is missing; run mvn package first" >&2; exit 1; }

version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r' | sed 's/-SNAPSHOT//')
version=${version:-0.1.0}
input=target/installer/input
out=target/installer
rm -rf "$out"
mkdir -p "$input"
cp "$jar" "$input/"

# Only the JDK modules the jar uses go into the runtime.
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules="$modules,jdk.crypto.ec,jdk.localedata"

common=(--name retention-workbench --app-version "$version" --vendor "Retention Workbench"
        --input "$input" --main-jar retention-workbench.jar --main-class app.retention.Launcher
        --add-modules "$modules"
        --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
        --java-options "-Xmx2g")

jpackage --type app-image --dest "$out" "${common[@]}"
echo "App image: $out/retention-workbench (run $out/retention-workbench/bin/retention-workbench)"

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  jpackage --type deb --dest "$out" "${common[@]}" --linux-package-deps "libgtk-3-0" \
           --linux-shortcut --linux-menu-group "Office" --description "Churn analysis workbench"
  echo "Debian package: $(ls "$out"/*.deb)"
else
  echo "No .deb: install fakeroot and dpkg-dev to build one."
fi
