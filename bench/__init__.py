"""Benchmarks: each `bench/bench_*.py` prints its figures as ratios against a baseline run beside it."""
