"""A local stand-in for the OpenAI, Anthropic and Gemini APIs, reached by the real SDKs.

Behaviour is chosen by the requested model name: ``*-NNN`` (any 4xx or 5xx) fails with that status,
``*-slow`` answers after 3 s, ``*-refuse`` refuses, ``*-long`` stops at the length limit,
``*-verbose`` gives a 200-character finish reason, ``*-lingers`` ends its stream a while
after ``[DONE]`` (OpenAI chat), ``*-split`` (CRLF line ends) and ``*-split-lf`` (LF) write the
stream in pieces of 1 to 6 bytes, ``*-hop-headers`` answers gzipped with hop-by-hop headers.
Streams send their first content chunk at once and the rest after ``GAP`` seconds each, so a
test can tell a proxy that passes chunks on from one that buffers. Usage includes cached and
reasoning tokens. Every request's headers and body are recorded.

A ``*-judge`` model answers ``Score: 0.75`` (``*-judge-slow`` after a second), as an
evaluator's judge, and the judge calls in flight at once are recorded.

A last user message ``say: TEXT`` makes the answer TEXT (streamed in pieces of 7
characters), ``call: NAME ARGS`` a tool call of NAME with the JSON text ARGS (streamed in
pieces of 5), for the answer checks. A ``*-loops`` model answers the first user message so,
whatever came after: an agent that calls the same tool again and again.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import threading

from aiohttp import web

GAP = 0.3
CHUNKS = ["Hello", ", ", "world", "!"]
OPENAI_USAGE = {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500,
                "prompt_tokens_details": {"cached_tokens": 1000},
                "completion_tokens_details": {"reasoning_tokens": 120}}
ANTHROPIC_USAGE = {"input_tokens": 100, "cache_read_input_tokens": 900,
                   "cache_creation_input_tokens": 200, "output_tokens": 250}
GEMINI_USAGE = {"promptTokenCount": 800, "candidatesTokenCount": 200,
                "cachedContentTokenCount": 600, "thoughtsTokenCount": 50,
                "totalTokenCount": 1050}


def scripted(body: dict) -> tuple[list[str], tuple[str, list[str]] | None]:
    """(the answer's text in stream chunks, (tool name, argument chunks) or None) that the
    request's last message asks for, else the usual CHUNKS."""
    messages = body.get("messages") or []
    if str(body.get("model", "")).endswith("-loops"):  # the first ask, whatever came after
        messages = [m for m in messages if m.get("role") == "user"][:1]
    last = messages[-1].get("content") if messages else None
    if isinstance(last, str) and last.startswith("say: "):
        text = last[5:]
        return [text[i:i + 7] for i in range(0, len(text), 7)] or [""], None
    if isinstance(last, str) and last.startswith("call: "):
        name, _, args = last[6:].partition(" ")
        return [], (name, [args[i:i + 5] for i in range(0, len(args), 5)])
    return CHUNKS, None


def call_id(body: dict) -> str:
    """A tool call's id, new at each turn of a conversation (an agent's turns each get
    one; a framework may skip a call whose id it answered before)."""
    return f"call_{len(body.get('messages') or [])}"


class FakeProvider:
    def __init__(self):
        self.requests: list[dict] = []
        self.elsewhere_paths: list[str] = []  # raw paths the routes above do not serve
        self.elsewhere_auth: list[str] = []  # and the Authorization each came with
        self.judging = 0  # judge calls in flight now
        self.most_judging = 0  # ... and at most
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self.ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self):
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self.chat)
        app.router.add_post("/v1/embeddings", self.embeddings)
        app.router.add_post("/v1/responses", self.responses)
        app.router.add_post("/v1/messages", self.messages)
        app.router.add_get("/v1/models", self.models)
        # Gemini: POST /v1beta/models/MODEL:generateContent (or :streamGenerateContent)
        app.router.add_post("/{version}/models/{call}", self.gemini)
        app.router.add_route("*", "/{tail:.*}", self.elsewhere)
        self.runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = self.runner.addresses[0][1]
        self.ready.set()
        self.loop.run_forever()

    async def elsewhere(self, request):
        """Any other path: recorded as it arrived (undecoded), answered 404."""
        self.elsewhere_paths.append(request.raw_path)
        self.elsewhere_auth.append(request.headers.get("Authorization", ""))
        return web.json_response({"error": {"message": "no such path"}}, status=404)

    def close(self):
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)

    async def _record(self, request) -> dict:
        body = await request.json()
        self.requests.append({"path": request.path, "headers": dict(request.headers),
                              "body": body, "raw": (await request.read()).decode()})
        return body

    @staticmethod
    async def _failure(model: str) -> web.Response | None:
        status = re.search(r"-([45]\d\d)$", model)
        if status:
            return web.json_response({"error": {"type": "error", "message": "failed"}},
                                     status=int(status[1]))
        if model.endswith("-slow"):
            await asyncio.sleep(3)
        return None

    async def gemini(self, request):
        """generateContent, whole or streamed (``?alt=sse``): the usual CHUNKS, usage with
        cached and thinking tokens; ``*-NNN`` models fail as Gemini does."""
        model, _, method = request.match_info["call"].partition(":")
        await self._record(request)
        status = re.search(r"-([45]\d\d)$", model)
        if status:
            return web.json_response({"error": {"code": int(status[1]), "message": "failed",
                                                "status": "RESOURCE_EXHAUSTED"}},
                                     status=int(status[1]))

        def chunk(text: str, last: bool) -> dict:
            candidate: dict = {"content": {"parts": [{"text": text}], "role": "model"},
                               "index": 0}
            out: dict = {"candidates": [candidate], "modelVersion": model}
            if last:
                candidate["finishReason"] = "STOP"
                out["usageMetadata"] = GEMINI_USAGE
            return out
        if method != "streamGenerateContent":
            return web.json_response(chunk("".join(CHUNKS), True))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for i, text in enumerate(CHUNKS):
            if i:
                await asyncio.sleep(GAP)
            data = json.dumps(chunk(text, i == len(CHUNKS) - 1))
            await response.write(f"data: {data}\r\n\r\n".encode())
        await response.write_eof()
        return response

    async def models(self, request):
        return web.json_response({"object": "list", "data": [{"id": "gpt-4o"}]})

    async def chat(self, request):
        body = await self._record(request)
        model = body["model"]
        if "-judge" in model:
            return await self.judge(model)
        failure = await self._failure(model)
        if failure:
            return failure
        finish = ("length" if model.endswith("-long")
                  else "x" * 200 if model.endswith("-verbose") else "stop")
        refusal = "I can't help with that." if model.endswith("-refuse") else None
        pieces, call = scripted(body)
        if call is not None and finish == "stop":
            finish = "tool_calls"
        if not body.get("stream"):
            content = "x" * (10 << 20) if model.endswith("-huge") else "".join(pieces)
            message = {"role": "assistant", "content": None if refusal or call else content,
                       "refusal": refusal}
            if call is not None:
                message["tool_calls"] = [{"id": call_id(body), "type": "function", "function": {
                    "name": call[0], "arguments": "".join(call[1])}}]
            answer = web.json_response({
                "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
                "choices": [{"index": 0, "finish_reason": finish, "message": message}],
                "usage": OPENAI_USAGE})
            if model.endswith("-hop-headers"):  # what a proxy must not pass on, and gzip
                answer.headers.update({"Connection": "keep-alive, X-Upstream-Hop",
                                       "X-Upstream-Hop": "for the proxy only",
                                       "Keep-Alive": "timeout=5", "Proxy-Authenticate": "Basic",
                                       "X-Request-Id": "req-123"})
                answer.enable_compression(web.ContentCoding.gzip)
            return answer
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if model.endswith("-unbounded"):  # 16 MiB that never ends an event
            for i in range(256):
                await response.write(b"data: " + b"x" * 65536)
                if i == 32:  # 2 MiB sent, past the proxy's 1 MiB event limit: a pause
                    await asyncio.sleep(GAP)
            await response.write_eof()
            return response
        split = _split_of(model)  # every event cut across writes: "crlf" or "lf" boundaries
        whole = bytearray()

        async def send(data: bytes) -> None:
            if split:
                whole.extend(data)
            else:
                await response.write(data)

        def chunk(delta, finish_reason=None, usage=None, choices=True):
            data = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1,
                    "model": model,
                    "choices": [{"index": 0, "delta": delta,
                                 "finish_reason": finish_reason}] if choices else []}
            if usage is not None:
                data["usage"] = usage
            return f"data: {json.dumps(data)}\n\n".encode()

        await send(chunk({"role": "assistant", "content": ""}))
        for i, text in enumerate(pieces):
            if i:
                await asyncio.sleep(GAP if pieces is CHUNKS else 0)
            await send(chunk({"content": text}))
        if call is not None:
            for i, part in enumerate(call[1]):
                first = call_id(body) if not i else None
                await send(chunk({"tool_calls": [{"index": 0, "id": first,
                                                  "type": "function", "function": {
                                                      "name": call[0] if not i else None,
                                                      "arguments": part}}]}))
        await send(chunk({}, finish_reason=finish))
        if (body.get("stream_options") or {}).get("include_usage"):
            await send(chunk(None, usage=OPENAI_USAGE, choices=False))
        await send(b"data: [DONE]\n\n")
        if model.endswith("-lingers"):  # the stream's end comes a while after [DONE]
            await asyncio.sleep(GAP)
        if split:
            await _write_cut(response, bytes(whole), split)
        await response.write_eof()
        return response

    async def judge(self, model: str) -> web.Response:
        self.judging += 1
        self.most_judging = max(self.most_judging, self.judging)
        try:
            if model.endswith("-slow"):
                await asyncio.sleep(1.0)
            return web.json_response({
                "id": "chatcmpl-j", "object": "chat.completion", "created": 1, "model": model,
                "choices": [{"index": 0, "finish_reason": "stop", "message": {
                    "role": "assistant", "content": "Score: 0.75"}}],
                "usage": {"prompt_tokens": 200, "completion_tokens": 4, "total_tokens": 204}})
        finally:
            self.judging -= 1

    async def embeddings(self, request):
        body = await self._record(request)
        return web.json_response({"object": "list", "model": body["model"],
                                  "data": [{"object": "embedding", "index": 0,
                                            "embedding": [0.1, 0.2]}],
                                  "usage": {"prompt_tokens": 42, "total_tokens": 42}})

    async def responses(self, request):
        body = await self._record(request)
        return web.json_response({
            "id": "resp_1", "object": "response", "created_at": 1, "model": body["model"],
            "status": "completed",
            "output": [{"type": "message", "id": "msg_1", "role": "assistant",
                        "status": "completed",
                        "content": [{"type": "output_text", "text": "hi", "annotations": []}]}],
            "usage": {"input_tokens": 500, "output_tokens": 80,
                      "input_tokens_details": {"cached_tokens": 100},
                      "output_tokens_details": {"reasoning_tokens": 30}, "total_tokens": 580}})

    async def messages(self, request):
        body = await self._record(request)
        model = body["model"]
        failure = await self._failure(model)
        if failure:
            return failure
        stop = ("max_tokens" if model.endswith("-long")
                else "refusal" if model.endswith("-refuse") else "end_turn")
        pieces, call = scripted(body)
        if call is not None and stop == "end_turn":
            stop = "tool_use"
        if not body.get("stream"):
            content = [{"type": "text", "text": "".join(pieces)}] if pieces else []
            if call is not None:
                content.append({"type": "tool_use", "id": "toolu_1", "name": call[0],
                                "input": json.loads("".join(call[1]))})
            return web.json_response({
                "id": "msg_1", "type": "message", "role": "assistant", "model": model,
                "content": content,
                "stop_reason": stop, "stop_sequence": None, "usage": ANTHROPIC_USAGE})
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)

        split = _split_of(model)
        whole = bytearray()

        async def send(kind, data):
            event = f"event: {kind}\ndata: {json.dumps(data)}\n\n".encode()
            if split:
                whole.extend(event)
            else:
                await response.write(event)

        await send("message_start", {"type": "message_start", "message": {
            "id": "msg_1", "type": "message", "role": "assistant", "model": model,
            "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": {**ANTHROPIC_USAGE, "output_tokens": 1}}})
        await send("content_block_start", {"type": "content_block_start", "index": 0,
                                           "content_block": {"type": "text", "text": ""}})
        for i, text in enumerate(pieces):
            if i:
                await asyncio.sleep(GAP if pieces is CHUNKS else 0)
            await send("content_block_delta", {"type": "content_block_delta", "index": 0,
                                               "delta": {"type": "text_delta", "text": text}})
        await send("content_block_stop", {"type": "content_block_stop", "index": 0})
        if call is not None:
            await send("content_block_start", {"type": "content_block_start", "index": 1,
                                               "content_block": {"type": "tool_use",
                                                                 "id": "toolu_1",
                                                                 "name": call[0], "input": {}}})
            for part in call[1]:
                await send("content_block_delta", {"type": "content_block_delta", "index": 1,
                                                   "delta": {"type": "input_json_delta",
                                                             "partial_json": part}})
            await send("content_block_stop", {"type": "content_block_stop", "index": 1})
        await send("message_delta", {"type": "message_delta",
                                     "delta": {"stop_reason": stop, "stop_sequence": None},
                                     "usage": {"output_tokens": 250}})
        await send("message_stop", {"type": "message_stop"})
        if split:
            await _write_cut(response, bytes(whole), split)
        await response.write_eof()
        return response


def _split_of(model: str) -> str | None:
    """``*-split``: CRLF line ends; ``*-split-lf``: LF. Either way the stream is written in
    pieces of 1 to 6 bytes, so that every event and every boundary is cut somewhere."""
    if model.endswith("-split"):
        return "crlf"
    if model.endswith("-split-lf"):
        return "lf"
    return None


async def _write_cut(response: web.StreamResponse, wire: bytes, split: str) -> None:
    if split == "crlf":
        wire = wire.replace(b"\n", b"\r\n")
    cuts = random.Random(len(wire))  # the same cuts for the same stream
    i = 0
    while i < len(wire):
        n = cuts.randint(1, 6)
        await response.write(wire[i:i + n])
        await asyncio.sleep(0.001)  # one read each, mostly: no coalescing
        i += n
