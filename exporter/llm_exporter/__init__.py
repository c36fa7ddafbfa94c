"""llm-exporter: an LLM observability sidecar for Prometheus."""

__version__ = "0.1.0"
