function _htx_completion;
    set -l response (env _HTX_COMPLETE=fish_complete COMP_WORDS=(commandline -cp) COMP_CWORD=(commandline -t) htx);

    for completion in $response;
        set -l metadata (string split -m 1 "," -- $completion);

        if test "$metadata[1]" = "dir";
            __fish_complete_directories $metadata[2];
        else if test "$metadata[1]" = "file";
            set -l option (string match -r -- '^-[^=]*=' $metadata[2]);
            set -l path (string replace -r -- '^-[^=]*=' '' $metadata[2]);
            __fish_complete_path "$path" | string replace -r -- '^' "$option";
        else if test "$metadata[1]" = "plain";
            printf '%s\n' $metadata[2];
        end;
    end;
end;

complete --no-files --command htx --arguments "(_htx_completion)";
