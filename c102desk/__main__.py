from c102desk.cli import run

run()
