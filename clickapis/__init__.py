"""What the generator, the mock, nox, the contract runner, the demo, the benchmarks and the tests share.

catalog.py and json_pointer.py use the standard library only: noxfile.py loads the catalog before anything of the
project is installed.
"""
