"""policykg: knowledge graphs of who is responsible for what in Chinese policy notices.

Pipeline: normalize (text) -> detect layout (layout) -> match (components) -> resolve
(resolve) -> graph (graph) -> query / render / export.
"""

__version__ = "0.1.0"

# Bump when extraction output changes, so cached per-notice graphs are rebuilt.
EXTRACTOR_VERSION = "1"
