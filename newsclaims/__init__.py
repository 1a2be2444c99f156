"""newsclaims: news articles into a DuckDB database of who claims what."""
