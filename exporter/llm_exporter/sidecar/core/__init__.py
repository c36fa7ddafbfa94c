"""The pipeline and what it feeds: decoding and validation, the store with its prices and
limits, and the exposition of what it holds. Imports no other stage."""
