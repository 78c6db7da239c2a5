"""The performance, weight and validity benchmark of issue #7: `make bench` or `python -m bench`."""
