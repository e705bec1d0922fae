#!/usr/bin/env bash
# Tests packaging/gpu-advisor-cli.bash-completion against the built tool: commands, options per
# command, option values and GPU/model ids, all read from the tool at completion time.
# Usage: test-bash-completion.sh CLI COMPLETION-FILE
set -uo pipefail
cli=$(realpath "$1") completion=$(realpath "$2")

# The user's catalog goes to a throwaway folder (the completion lists ids from it).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data
cd "$scratch"
touch config.json measurements.csv notes.txt

if [ -f /usr/share/bash-completion/bash_completion ]; then
    source /usr/share/bash-completion/bash_completion
fi
source "$completion" || exit 1

failures=0

# complete LINE: what Tab offers at the end of LINE (the words after the program's name).
complete_line() {
    local line="$cli $1"
    COMP_LINE=$line COMP_POINT=${#line}
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _gpu_advisor_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect LINE WORD...: Tab offers each WORD.
expect() {
    local line=$1 offered word
    shift
    offered=$(complete_line "$line")
    for word in "$@"; do
        if ! grep -qxF -- "$word" <<<"$offered"; then
            echo "FAIL: '$line<Tab>' does not offer '$word'; it offers: $(echo $offered)"
            failures=$((failures + 1))
        fi
    done
}

# expect_not LINE WORD...: Tab does not offer any WORD.
expect_not() {
    local line=$1 offered word
    shift
    offered=$(complete_line "$line")
    for word in "$@"; do
        if grep -qxF -- "$word" <<<"$offered"; then
            echo "FAIL: '$line<Tab>' offers '$word'"
            failures=$((failures + 1))
        fi
    done
}

expect "" gpus models show import-model help
expect "g" gpus
expect_not "g" models show
expect "--" --help --version --json --database
expect "help " gpus models
expect "gpus --" --vendor --class --json --database --help
expect_not "gpus --" --id --replace
expect "gpus --vendor " NVIDIA AMD Intel Apple
expect "gpus --class " consumer workstation datacenter soc
expect "gpus --class d" datacenter
expect_not "gpus --class d" consumer
expect "import-model --" --id --replace --dry-run
expect "import-model " config.json
expect_not "import-model " notes.txt measurements.csv
expect "show " gpu model
expect "show gpu " nvidia-a10
expect "show gpu nvidia-a" nvidia-a10
expect_not "show gpu " llama-3.1-8b
expect "show model " llama-3.1-8b
expect_not "show model " nvidia-a10
expect "--json show gpu " nvidia-a10
expect "gpus --database " config.json notes.txt
# Commands with GPU and model options, when the tool has them.
if "$cli" estimate --help >/dev/null 2>&1; then
    expect "estimate --" --model --gpu --json
    expect "estimate --gpu " nvidia-a10
    expect "estimate --model " llama-3.1-8b
    expect "estimate --workload " inference lora qlora full
    expect "estimate --model-config " config.json
    expect_not "estimate --gpus " nvidia-a10
fi
if "$cli" validate --help >/dev/null 2>&1; then
    expect "validate " measurements.csv
    expect_not "validate " config.json notes.txt
fi
if "$cli" cost --help >/dev/null 2>&1; then
    expect "cost --gpu " nvidia-rtx-4090
    expect "cost --currency " SEK EUR USD
    expect_not "cost " nvidia-rtx-4090 # its usage names --gpu ID: an option, not a positional
    expect "cost --gpu nvidia-rtx-4090 --" --years --json
fi
if "$cli" cost --help 2>/dev/null | grep -q "^  --workload .*, or "; then
    # "inference, lora, qlora or full, or the article's fine-tuning (lora), training (full) or
    # cloud-scaling": the lists before and after ", or".
    expect "cost --workload " inference full training cloud-scaling
fi
if "$cli" edit-gpu --help >/dev/null 2>&1; then
    expect "edit-gpu " nvidia-rtx-4090 # usage: edit-gpu ID
    expect_not "edit-gpu " llama-3.1-8b
fi
if "$cli" edit-model --help >/dev/null 2>&1; then
    expect "" add-model edit-model revert-model
    expect "edit-model " llama-3.1-8b # usage: edit-model ID
    expect_not "edit-model " nvidia-rtx-4090
    expect "revert-model " llama-3.1-8b
    expect "add-model --" --id --layers --kv-heads --attention --max-context
    expect_not "edit-model --" --id
    expect "add-model --attention " mha gqa mqa mla
    expect "add-model --mlp " gated plain
    expect "edit-model llama-3.1-8b --tied-embeddings " yes no
fi
if "$cli" recommend --help >/dev/null 2>&1; then
    expect "recommend --model " llama-3.1-8b
fi

if [ $failures -ne 0 ]; then
    echo "$failures completion checks failed"
    exit 1
fi
echo "bash completion: all checks passed"
