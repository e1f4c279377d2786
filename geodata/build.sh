#!/usr/bin/env bash
# Rebuilds the committed geodata from Natural Earth (see geodata/README.md).
# NE_GPKG overrides the source path (default: Debian qgis-common's world_map.gpkg).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node geodata/build.mjs "$@"
