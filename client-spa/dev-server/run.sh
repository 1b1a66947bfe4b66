#!/bin/sh
# Starts the SPA dev server: the frontend container's command in development (compose.override.yaml),
# and usable as is on a developer's machine. Configuration: see DevServerConfig (DEV_* variables).
set -eu
cd "$(dirname "$0")/../.."
mvn -q -pl client-spa/dev-server -am -DskipTests package
exec java -XX:+UseSerialGC -Xss4m \
  -cp "client-spa/dev-server/target/classes:$(cat client-spa/dev-server/target/classpath.txt)" \
  io.inpact.devserver.DevServer
