"""``make bench``: the figures of DESIGN.md section 8, measured on synthetic data.

Run as ``python -m benchmarks``. Progress goes to stderr; the last line of stdout is one JSON
object with every figure, its target and whether the target is met. Where a target is a
ratio, both sides are measured in the same run, through the same code, on the same rows.
``BENCH_PERSONS`` scales the 100,000-person casebook down for a quick run; ``BENCH_DIR``
chooses where the temporary casebooks live (default: the system's temp folder);
``BENCH_SKIP_STARTUP`` and ``BENCH_SKIP_SYNC`` leave out the GUI start-up and sync figures
(``benchmarks.startup``, ``benchmarks.sync_bench``, each run in its own process). A figure
that could not be measured is ``null`` and so is its entry in ``meets_targets``.
"""
