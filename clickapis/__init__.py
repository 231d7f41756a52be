"""What the generator, the mock, nox, the contract runner, the demo, the benchmarks and the tests share.

Standard library only: noxfile.py imports it before anything of the project is installed.
"""
