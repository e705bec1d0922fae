#!/usr/bin/env bash
# Writes the gpu-advisor-cli(1) manual page: the template with its @COMMANDS@ line replaced by a
# COMMANDS section made from the tool's own `--help` and `COMMAND --help`, so that the manual lists
# every command and option the built tool has.
# Usage: generate-cli-manpage.sh CLI TEMPLATE OUTPUT VERSION DATE
set -euo pipefail
cli=$1 template=$2 output=$3 version=$4 date=$5

# Text for roff: backslashes and hyphens escaped, no control character at the start of a line.
roff() {
    local text=${1//\\/\\e}
    text=${text//-/\\-}
    case $text in [.\']*) text="\\&$text" ;; esac
    printf '%s' "$text"
}

# The options every command takes are described once, under COMMON OPTIONS.
is_common_option() {
    case $1 in --database | --json | --help) return 0 ;; esac
    return 1
}

commands_section() {
    echo '.SH COMMANDS'
    local in_commands=0 name summary
    while IFS= read -r line; do
        if [ "$line" = "commands:" ]; then
            in_commands=1
            continue
        fi
        [ $in_commands -eq 1 ] || continue
        [ -n "$line" ] || break
        read -r name summary <<<"$line"
        command_entry "$name" "$summary"
    done < <("$cli" --help)
}

# One command: its synopsis and summary from its --help, then its own options.
command_entry() {
    local name=$1 summary=$2 usage="" in_options=0 option value help line
    while IFS= read -r line; do
        if [[ $line == "usage: "* ]]; then
            usage=${line#"usage: gpu-advisor-cli $name"}
            usage=${usage%"[options]"}
            usage=$(echo $usage) # trims and squeezes spaces
        elif [ "$line" = "options:" ]; then
            in_options=1
            printf '.SS "%s"\n.B gpu\\-advisor\\-cli %s\n' "$(roff "$name")" "$(roff "$name")"
            [ -z "$usage" ] || printf '.I %s\n' "$(roff "$usage")"
            printf '.RI [ options ]\n.PP\n%s.\n' "$(roff "${summary^}")"
        elif [ $in_options -eq 1 ] && [[ $line =~ ^\ +(--[a-z0-9-]+)(\ ([^\ ]+))?\ +(.*)$ ]]; then
            option=${BASH_REMATCH[1]} value=${BASH_REMATCH[3]} help=${BASH_REMATCH[4]}
            is_common_option "$option" && continue
            if [ -n "$value" ]; then
                printf '.TP\n.BI %s " %s"\n' "$(roff "$option")" "$(roff "$value")"
            else
                printf '.TP\n.B %s\n' "$(roff "$option")"
            fi
            # The help as the tool words it (it may start with a value, such as llama.cpp).
            [[ $help == *. ]] || help+=.
            printf '%s\n' "$(roff "$help")"
        fi
    done < <("$cli" "$name" --help)
}

section=$(commands_section)
{
    while IFS= read -r line; do
        if [ "$line" = "@COMMANDS@" ]; then
            printf '%s\n' "$section"
        else
            line=${line//@VERSION@/$version}
            printf '%s\n' "${line//@DATE@/$date}"
        fi
    done <"$template"
} >"$output.tmp"
mv "$output.tmp" "$output"
