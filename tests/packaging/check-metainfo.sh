#!/usr/bin/env bash
# appstreamcli validate (errors and warnings fail) on the metainfo as configured, and on the
# template made with a screenshot address, so that the screenshots' markup is checked too.
# Usage: check-metainfo.sh TEMPLATE CONFIGURED VERSION CONFIGURE-SCRIPT CMAKE
set -euo pipefail
template=$1 configured=$2 version=$3 script=$4 cmake=$5
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

appstreamcli validate --no-net --explain "$configured"

with_screenshots=$scratch/io.github.gpu_advisor.GpuAdvisor.metainfo.xml
"$cmake" -DMETAINFO_IN="$template" -DMETAINFO_OUT="$with_screenshots" -DMETAINFO_VERSION="$version" \
    -DMETAINFO_SCREENSHOT_BASE_URL=https://screenshots.test/gpu-advisor/ -P "$script"
grep -q '<image type="source">https://screenshots.test/gpu-advisor/gpu-advisor-en.png</image>' \
    "$with_screenshots"
appstreamcli validate --no-net --explain "$with_screenshots"

# Both screenshots are in the repository, where the address is to publish them from.
for lang in en sv; do
    screenshot=$(dirname "$script")/../docs/screenshots/gpu-advisor-$lang.png
    [ -s "$screenshot" ] || { echo "missing: $screenshot"; exit 1; }
done
echo "metainfo valid, with and without screenshots"
