"""Pure logic: cleaning, sentences, claims. Never imports prefect or duckdb."""
