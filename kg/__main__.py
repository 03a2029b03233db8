from kg.cli import main

main(prog_name="kg")
