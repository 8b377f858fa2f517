"""timeline: a folder of news articles in, a grounded, dated, deduplicated event timeline out."""

__version__ = "0.1.0"
