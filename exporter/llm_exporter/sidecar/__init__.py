"""The sidecar process, one folder per stage: ``sources`` (events in), ``core`` (pipeline,
decoding, the metric store, exposition), ``sinks`` (what subscribes to the pipeline),
``http`` (what every HTTP listener shares), ``web`` (the web listener's pages); ``server``
wires them."""
