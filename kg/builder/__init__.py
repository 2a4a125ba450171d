"""`kg build` one document at a time: a streaming, incremental, distributable build.

- run.py: the build, step by step (list and key, analyse, link, render,
  write and load);
- work.py: what a worker does with a document (`analyse`, `render`), on
  plain dataclasses;
- executors.py: where that runs (this process, local processes, Dask);
- cache.py: the per-document cache beside the store; version.py: the
  extractor's version, part of every cache key.
"""
