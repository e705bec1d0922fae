#!/usr/bin/env bash
# `cmake --install` into a scratch prefix: every file in its standard place, the installed tree
# valid for AppStream (the metainfo's launchable names the installed desktop file), and manual
# pages that format without warnings.
# Usage: check-install.sh CMAKE BUILD-DIR
set -euo pipefail
cmake=$1 build=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

"$cmake" --install "$build" --prefix "$root/usr" >/dev/null

missing=0
for file in \
    bin/gpu-advisor bin/gpu-advisor-cli \
    share/applications/gpu-advisor.desktop \
    share/metainfo/io.github.gpu_advisor.GpuAdvisor.metainfo.xml \
    share/icons/hicolor/scalable/apps/gpu-advisor.svg \
    share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/gpu-advisor.png \
    share/man/man1/gpu-advisor.1 share/man/man1/gpu-advisor-cli.1 \
    share/bash-completion/completions/gpu-advisor-cli; do
    if [ ! -s "$root/usr/$file" ]; then
        echo "not installed: /usr/$file"
        missing=1
    fi
done
[ $missing -eq 0 ]

appstreamcli validate-tree --no-net --explain "$root"

for page in gpu-advisor gpu-advisor-cli; do
    warnings=$(groff -man -ww -z -Tutf8 "$root/usr/share/man/man1/$page.1" 2>&1)
    if [ -n "$warnings" ]; then
        echo "$page.1: $warnings"
        exit 1
    fi
done
# The generated COMMANDS section names every command of the tool.
for command in $("$root/usr/bin/gpu-advisor-cli" --help | sed -n '/^commands:$/,/^$/s/^  \([^ ]*\).*/\1/p'); do
    grep -q "^\.SS \"${command//-/\\\\-}\"$" "$root/usr/share/man/man1/gpu-advisor-cli.1" ||
        { echo "gpu-advisor-cli.1 lacks the command $command"; exit 1; }
done
echo "install tree complete and valid"
