_htx_completion() {
    local IFS=$'\n'
    local response

    response=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD=$COMP_CWORD _HTX_COMPLETE=bash_complete $1)

    for completion in $response; do
        IFS=',' read type value <<< "$completion"

        if [[ $type == 'dir' ]]; then
            COMPREPLY=()
            compopt -o dirnames
        elif [[ $type == 'file' ]]; then
            COMPREPLY=()
            compopt -o default
        elif [[ $type == 'plain' ]]; then
            printf -v value '%q' "$value"  # htx: keep 'Kiên Giang' one word
            COMPREPLY+=("$value")
        fi
    done

    return 0
}

_htx_completion_setup() {
    complete -o nosort -F _htx_completion htx
}

_htx_completion_setup;
