"""The completion scripts of bash, zsh and fish, and ``htx completion SHELL`` that prints them.

click's own scripts (what ``_HTX_COMPLETE=bash_source htx`` printed) lose in three places:
bash splits "Kiên Giang" into two words and, inside an open quote, inserts ``"Kiên\\ Giang"``;
zsh replaces ``--by=inc`` with the bare value; fish cuts help texts at their first comma.
htx registers its own ShellComplete classes for the three shells (``register``), so the
scripts it prints, through either way, are these; completions/ is written from them too.
"""

from __future__ import annotations

import os
import shlex
from typing import Any

import click
from click.shell_completion import (
    BashComplete,
    CompletionItem,
    FishComplete,
    ShellComplete,
    ZshComplete,
    _resolve_context,
    _resolve_incomplete,
    add_completion_class,
)

SHELLS = ("bash", "zsh", "fish")

# bash splits COMP_WORDS at = and : (COMP_WORDBREAKS) and keeps quotes in them, so htx reads
# the line up to the cursor instead and splits it as the shell will when it runs the command.
_BASH = """\
%(complete_func)s() {
    local IFS=$'\\n'
    local response type value word=${COMP_WORDS[COMP_CWORD]}

    response=$(env COMP_LINE="${COMP_LINE:0:COMP_POINT}" %(complete_var)s=bash_complete "$1")

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
            # so that Kiên\\ Giang stays one word.
            [[ $word == [\\"\\']* ]] || printf -v value '%%q' "$value"
            COMPREPLY+=("$value")
        fi
    done

    return 0
}

%(complete_func)s_setup() {
    complete -o nosort -F %(complete_func)s %(prog_name)s
}

%(complete_func)s_setup;
"""

# As click's, but: --opt=value keeps its option (htx gives values with it; a file's path is
# completed after the =); and autoloaded from $fpath it registers _htx_completion for htx,
# or else the second Tab of a session would only run compdef and complete nothing.
_ZSH = """\
#compdef %(prog_name)s

%(complete_func)s() {
    local -a completions
    local -a completions_with_descriptions
    local -a response
    (( ! $+commands[%(prog_name)s] )) && return 1

    response=("${(@f)$(env COMP_WORDS="${words[*]}" COMP_CWORD=$((CURRENT-1)) \
%(complete_var)s=zsh_complete %(prog_name)s)}")

    for type key descr in ${response}; do
        if [[ "$type" == "plain" ]]; then
            if [[ "$descr" == "_" ]]; then
                completions+=("$key")
            else
                completions_with_descriptions+=("$key":"$descr")
            fi
        elif [[ "$type" == "dir" ]]; then
            _path_files -/
        elif [[ "$type" == "file" ]]; then
            [[ $PREFIX == -*=* ]] && compset -P 1 '*='
            _path_files -f
        fi
    done

    if [ -n "$completions_with_descriptions" ]; then
        _describe -V unsorted completions_with_descriptions -U
    fi

    if [ -n "$completions" ]; then
        compadd -U -V unsorted -a completions
    fi
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    # autoload from fpath: complete this time, and by the function from now on
    compdef %(complete_func)s %(prog_name)s
    %(complete_func)s "$@"
else
    # eval/source/. command, register function for later
    compdef %(complete_func)s %(prog_name)s
fi
"""

# Split each line at its first comma only (a help text has commas of its own), and print
# values with printf (echo would read a value like -n as its own option).
_FISH = """\
function %(complete_func)s;
    set -l response (env %(complete_var)s=fish_complete COMP_WORDS=(commandline -cp) \
COMP_CWORD=(commandline -t) %(prog_name)s);

    for completion in $response;
        set -l metadata (string split -m 1 "," -- $completion);

        if test "$metadata[1]" = "dir";
            __fish_complete_directories $metadata[2];
        else if test "$metadata[1]" = "file";
            set -l option (string match -r -- '^-[^=]*=' $metadata[2]);
            set -l path (string replace -r -- '^-[^=]*=' '' $metadata[2]);
            __fish_complete_path "$path" | string replace -r -- '^' "$option";
        else if test "$metadata[1]" = "plain";
            printf '%%s\\n' $metadata[2];
        end;
    end;
end;

complete --no-files --command %(prog_name)s --arguments "(%(complete_func)s)";
"""


def split_line(line: str) -> tuple[list[str], str]:
    """The complete words after the program's name in a line typed up to the cursor, and the
    word being typed (what is left of an open quote, or "" after a space)."""
    words, open_word = _words(line)
    if open_word:  # the line ends inside a quote or after a backslash: that word is typed
        return words[1:-1], words[-1]
    ended = len(_words(line + "_")[0]) > len(words)  # a separator ends the line, not a word
    return (words[1:], "") if ended or not words else (words[1:-1], words[-1])


def _words(line: str) -> tuple[list[str], bool]:
    """The words of a line as a POSIX shell splits them, and whether the last one is open."""
    lex = shlex.shlex(line, posix=True)
    lex.whitespace_split = True
    lex.commenters = ""
    words: list[str] = []
    try:
        words.extend(lex)
    except ValueError:
        return [*words, lex.token], True
    return words, False


class _ReadsTheWholeLine(ShellComplete):
    """While an option's value is typed (``show "Long An" --period <TAB>``), click reads the
    line only up to that option, and so loses the words before it: read them without it, so
    that the value's completion knows the province typed and a --data given."""

    def get_completions(self, args: list[str], incomplete: str) -> list[CompletionItem[Any]]:
        ctx = _resolve_context(self.cli, self.ctx_args, self.prog_name, args)
        param, incomplete = _resolve_incomplete(ctx, args, incomplete)  # may add --by of --by=
        if isinstance(param, click.Option) and args and args[-1] in param.opts:
            ctx = _resolve_context(self.cli, self.ctx_args, self.prog_name, args[:-1])
        return param.shell_complete(ctx, incomplete)


class HtxBash(_ReadsTheWholeLine, BashComplete):
    source_template = _BASH

    def get_completion_args(self) -> tuple[list[str], str]:
        line = os.environ.get("COMP_LINE")
        if line is None:  # a script of click's own, still installed somewhere
            return super().get_completion_args()
        return split_line(line)


class _KeepsTheOption(ShellComplete):
    """zsh and fish replace the whole word ``--by=inc`` with what htx gives: give it whole."""

    option = ""

    def get_completion_args(self) -> tuple[list[str], str]:
        args, incomplete = super().get_completion_args()
        if incomplete.startswith("-") and "=" in incomplete:
            self.option = incomplete.partition("=")[0] + "="
        return args, incomplete

    def format_completion(self, item: CompletionItem[Any]) -> str:
        if self.option:  # the scripts take a file's option off, and put it back on each path
            item = CompletionItem(self.option + item.value, item.type, item.help)
        return super().format_completion(item)


class HtxZsh(_ReadsTheWholeLine, _KeepsTheOption, ZshComplete):
    source_template = _ZSH


class HtxFish(_ReadsTheWholeLine, _KeepsTheOption, FishComplete):
    source_template = _FISH


def register() -> None:
    """Make htx's classes the ones click uses for bash, zsh and fish in this process."""
    for cls in (HtxBash, HtxZsh, HtxFish):
        add_completion_class(cls)


def script(shell: str, cli: click.Command) -> str:
    """The completion script of ``shell`` for the htx command ``cli``."""
    cls = {"bash": HtxBash, "zsh": HtxZsh, "fish": HtxFish}[shell]
    source = cls(cli, {}, "htx", "_HTX_COMPLETE").source()
    return source if source.endswith("\n") else source + "\n"


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion_cmd(ctx: click.Context, shell: str) -> None:
    """Print the completion script of SHELL for this htx.

    \b
    Examples:
      eval "$(htx completion bash)"                          # in ~/.bashrc
      htx completion zsh > ~/.zfunc/_htx                     # a folder on $fpath
      htx completion fish > ~/.config/fish/completions/htx.fish
    """
    click.echo(script(shell, ctx.find_root().command), nl=False)
