"""`llm-exporter webhook-sink`: stands in for Slack and PagerDuty, printing what arrives."""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebhookSink:
    """Stands in for Slack and PagerDuty: prints what Alertmanager sends, answers 200."""

    def __init__(self, out=sys.stdout, host: str = "127.0.0.1", port: int = 0):
        self.messages: list[tuple[str, dict]] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                sink.messages.append((self.path, body))
                print(sink.format(self.path, body), file=out, flush=True)
                self.send_response(202 if self.path == "/pagerduty" else 200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.url = f"http://{host or '127.0.0.1'}:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @staticmethod
    def format(path: str, body: dict) -> str:
        stamp = time.strftime("%H:%M:%S")
        if path == "/pagerduty":
            payload = body.get("payload", {})
            return (f"\n[{stamp}] PagerDuty {body.get('event_action', '?').upper()} "
                    f"({payload.get('severity', '?')}): {payload.get('summary', '')}")
        if "text" in body and not body.get("attachments"):  # as `llm-exporter report` posts
            return f"\n[{stamp}] Slack: " + body.get("text", "").strip().replace("\n", "\n    ")
        attachment = (body.get("attachments") or [{}])[0]
        text = attachment.get("text", "").strip().replace("\n", "\n    ")
        return (f"\n[{stamp}] Slack {body.get('channel', '')}: {attachment.get('title', '')}"
                f"\n    {text}")

    def close(self) -> None:
        self.server.shutdown()
