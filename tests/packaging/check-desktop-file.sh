#!/usr/bin/env bash
# desktop-file-validate, failing on its warnings and hints too, not only on errors.
# Usage: check-desktop-file.sh FILE.desktop
set -euo pipefail
output=$(desktop-file-validate "$1" 2>&1) || { echo "$output"; exit 1; }
if [ -n "$output" ]; then
    echo "$output"
    exit 1
fi
echo "desktop-file-validate $1: no errors, warnings or hints"
