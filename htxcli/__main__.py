from htxcli.cli import main

main()
