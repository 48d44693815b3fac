"""Past one machine: extraction as a Dask map over partitions of articles (inputs.py: what each
task reads; run.py: the cluster and progress; extract.py: the map, the merge across articles and
the Parquet dataset it writes)."""
