"""Monitoring mixin: Prometheus rules, Grafana dashboards and Alertmanager routes, built as data."""
