"""`llm-exporter report`: a scheduled cost and reliability report from Prometheus.

``data`` asks Prometheus for the period and the one before it and returns the report as
plain data (what ``--json`` writes); ``charts`` draws it to PNG with matplotlib (the
``report`` extra); ``render`` turns it into a self-contained HTML file and a short Slack
summary, with jinja2.
"""
