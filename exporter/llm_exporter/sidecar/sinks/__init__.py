"""The pipeline's subscribers (``core.pipeline.Sink``): trace export, usage analytics,
budgets."""
