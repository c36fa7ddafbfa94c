"""Where events come from: the socket listeners, the LLM API proxy, the OTLP receiver
(spans, workflows, metric points) and the evaluators' judgements. Each knows only the
pipeline (``submit``, ``aggregate``)."""
