"""Events: which reports are about the same real-world event, and which event a figure counts.

- features.py: an article's hashed terms and named entities (scikit-learn's HashingVectorizer),
  weighted by document frequencies the database keeps.
- cluster.py: grouping articles into events by the corrected cosine of cluster centroids,
  online (existing events keep their members; new articles join them or open new events).
- scope.py: what scopes a figure inside its article (place, time anchor, running toll, year,
  breakdown of a total) and which quantity it counts.
Pure logic: no prefect, no duckdb.
"""
