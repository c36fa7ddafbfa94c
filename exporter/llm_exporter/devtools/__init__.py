"""Developer tools: demo traffic, the local alerting stack, a webhook sink."""
