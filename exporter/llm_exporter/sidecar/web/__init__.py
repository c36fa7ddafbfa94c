"""The web listener's pages: ``/metrics``, health, ``POST /v1/events``, the status page
(``status``: its ring; ``firing``: the alerts it shows), static files and templates."""
