_htx_completion() {
    local IFS=$'\n'
    local response type value word=${COMP_WORDS[COMP_CWORD]}

    response=$(env COMP_LINE="${COMP_LINE:0:COMP_POINT}" _HTX_COMPLETE=bash_complete "$1")

    for completion in $response; do
        IFS=',' read -r type value <<< "$completion"

        if [[ $type == 'dir' ]]; then
            COMPREPLY=()
            compopt -o dirnames
        elif [[ $type == 'file' ]]; then
            COMPREPLY=()
            compopt -o default
        elif [[ $type == 'plain' ]]; then
            # In an open quote ("kien) readline closes the quote itself; elsewhere escape,
            # so that Kiên\ Giang stays one word.
            [[ $word == [\"\']* ]] || printf -v value '%q' "$value"
            COMPREPLY+=("$value")
        fi
    done

    return 0
}

_htx_completion_setup() {
    complete -o nosort -F _htx_completion htx
}

_htx_completion_setup;
