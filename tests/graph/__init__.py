"""Tests of extractor/graph/: one file per module (see tests/README.md)."""
