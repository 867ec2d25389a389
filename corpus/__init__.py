"""What every stage shares: the `Article` model, the corpus store, text folding, errors and
the application configuration.

The corpus store is the source of truth between the stages: `crawler/` writes it,
`indexer/` reads it, `search_cli/` drives both. Nothing here imports from those packages.
"""
