"""Benchmarks of CX Charter: every figure against a floor measured in the same run."""
