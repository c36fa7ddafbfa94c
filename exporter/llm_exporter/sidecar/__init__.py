"""The sidecar process: event listeners, decoding, the metric store, /metrics, the proxy."""
