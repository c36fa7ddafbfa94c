"""Errors the sidecar's parts raise to the process that runs them."""


class StartupError(Exception):
    """A listener cannot start (address in use, unusable socket path); one line for the user."""
