"""``llm-exporter reconcile``: a provider's cost export against the spend the sidecars
counted (``exports`` reads the exports, ``compare`` sets them side by side)."""
