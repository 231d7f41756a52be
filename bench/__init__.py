"""Benchmarks of the generator, the generated clients and the mock servers, each against a baseline of the same run."""
