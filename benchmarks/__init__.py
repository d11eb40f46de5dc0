"""Benchmark scripts (run as files; importable for their tests).

A regular package on purpose: pysbd 0.3.4's wheel installs a top-level ``benchmarks``
package into site-packages, which would shadow this folder as a namespace package.
"""
