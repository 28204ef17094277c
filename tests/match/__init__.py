"""Tests of extractor/match/: one file per module (see tests/README.md)."""
