#!/usr/bin/env bash
# The CraftMark demo in one command: builds what it needs (Java 17+ and Maven 3.8.7+), then runs
# the whole story on embedded defaults and writes its files to demo-out/.
#
#   ./demo.sh            the demo
#   ./demo.sh --serve    the demo, then the verify server keeps running for a browser
set -euo pipefail
cd "$(dirname "$0")"
echo "Building the demo (the first run downloads dependencies)..." >&2
mvn -B -q package -pl examples/demo -am \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dspotless.check.skip=true >&2
exec java -cp "examples/demo/target/classes:$(cat examples/demo/target/classpath.txt)" \
  io.github.craftmark.examples.demo.Demo "$@"
