from htxcli.cli.entry import main

main()
