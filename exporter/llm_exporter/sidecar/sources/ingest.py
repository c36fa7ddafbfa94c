"""Transports that receive events from applications and hand the bytes to the pipeline.

Datagram sockets (unix and UDP) are read with ``loop.add_reader`` and drained until EAGAIN:
asyncio's ``DatagramProtocol`` tops out near 50k datagrams/s on these machines (a 256 KiB read
buffer and three mmap syscalls per datagram), a plain ``recv`` loop reaches 500k/s.
Streams carry newline-delimited JSON; a line over the size limit is refused and skipped
without buffering it. HTTP ``POST /v1/events`` lives in ``web``.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import stat
import time
from collections.abc import Callable, Iterator

from prometheus_client.core import Metric

from llm_exporter.config import ConfigError, split_host_port
from llm_exporter.metrics import SOCKET_DROPS, family
from llm_exporter.sidecar.core.decode import Rejection
from llm_exporter.sidecar.core.errors import StartupError
from llm_exporter.sidecar.core.pipeline import Pipeline
from llm_exporter.sidecar.http.connections import Acceptor, listen_tcp, listen_unix

log = logging.getLogger(__name__)

MAX_DATAGRAM_BYTES = 65536
DRAIN_BATCH = 2048  # datagrams per wakeup before other tasks (a scrape) get a turn
# ... or this long, whichever comes first: a flood of costly events (each a new model to
# price) must not hold the loop, and so /healthz, scrapes and the store's clock, for longer
DRAIN_SECONDS = 0.005


class DatagramListener:
    """A unix datagram or UDP socket drained with add_reader."""

    def __init__(self, sock: socket.socket, transport: str, pipeline: Pipeline,
                 path: str | None = None, clock: Callable[[], float] = time.perf_counter):
        """``clock`` (seconds) bounds the time one drain holds the loop."""
        self.sock = sock
        self.clock = clock
        self.transport = transport
        self.pipeline = pipeline
        self.path = path
        self.address = path or "{}:{}".format(*sock.getsockname()[:2])
        # a unix datagram can be larger than UDP's 64 KiB: take one event of the largest size
        self.max_bytes = max(MAX_DATAGRAM_BYTES, pipeline.max_event_bytes)
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        loop.add_reader(self.sock.fileno(), self.drain)

    def drain(self, limit: int = DRAIN_BATCH, seconds: float = DRAIN_SECONDS) -> int:
        """Receive until the socket is empty, ``limit`` datagrams were read or ``seconds``
        have passed (checked every 64 datagrams)."""
        recv = self.sock.recv
        handle = self.pipeline.handle_payload
        transport = self.transport
        max_bytes = self.max_bytes
        clock = self.clock
        deadline = clock() + seconds
        n = 0
        while n < limit:
            if n & 63 == 63 and clock() > deadline:
                break
            try:
                data = recv(max_bytes + 1)  # one byte more: a longer datagram shows as cut
            except (BlockingIOError, InterruptedError):
                break
            except OSError as e:
                log.warning("%s receive failed: %s", transport, e)
                break
            n += 1
            if len(data) > max_bytes:
                self.pipeline.reject_payload(
                    Rejection("too_large", f"datagram over {max_bytes} bytes"), transport)
                continue
            handle(data, transport)
        return n

    def close(self) -> None:
        """Stop reading, process what the kernel still holds, close, remove the socket file."""
        if self._loop is not None:
            self._loop.remove_reader(self.sock.fileno())
        while self.drain():
            pass
        self.sock.close()
        if self.path:
            _unlink_quietly(self.path)

    def kernel_drops(self) -> int | None:
        """Datagrams the kernel dropped for this socket (UDP: /proc/net/udp), or None."""
        if self.transport != "udp":
            return None
        inode = str(os.fstat(self.sock.fileno()).st_ino)
        for table in ("/proc/net/udp", "/proc/net/udp6"):
            try:
                with open(table) as f:
                    for line in f:
                        cols = line.split()
                        if len(cols) >= 13 and cols[9] == inode:
                            return int(cols[12])
            except OSError:
                continue
        return None


class SocketDrops:
    """llm_exporter_socket_drops_total{transport} over the datagram listeners (a
    prometheus-client collector); reads the kernel's counters at scrape time."""

    def __init__(self, listeners: list[DatagramListener]):
        self.listeners = listeners

    def collect(self) -> Iterator[Metric]:
        drops = ((listener.transport, listener.kernel_drops()) for listener in self.listeners)
        yield family(SOCKET_DROPS, ((transport, n) for transport, n in drops if n is not None))


def open_unixgram(path: str, mode: int) -> socket.socket:
    """Bind a unix datagram socket at ``path``, replacing a stale file left by a crash."""
    _prepare_socket_path(path, socket.SOCK_DGRAM)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    try:
        sock.bind(path)
        os.chmod(path, mode)
    except OSError as e:
        sock.close()
        raise StartupError(f"cannot bind unix datagram socket {path}: {e.strerror or e}") from e
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
    sock.setblocking(False)
    return sock


def open_udp(address: str, receive_buffer: int) -> socket.socket:
    """Bind a UDP socket with a large receive buffer (SO_RCVBUFFORCE when privileged)."""
    host, port = _host_port(address, "ingest.udp")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_DGRAM)
    try:
        sock.bind((host or "127.0.0.1", port))
    except OSError as e:
        sock.close()
        raise StartupError(f"cannot listen on UDP {address} (ingest.udp): {e.strerror or e}") from e
    try:
        sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_RCVBUFFORCE", 33), receive_buffer)
    except OSError:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) // 2  # Linux reports 2x
    if granted < receive_buffer:
        log.warning("UDP receive buffer is %d bytes, asked for %d: raise net.core.rmem_max "
                    "or expect drops under bursts", granted, receive_buffer)
    sock.setblocking(False)
    return sock


class StreamListener:
    """Newline-delimited JSON over TCP or a unix stream socket; back-pressure, no loss."""

    def __init__(self, address: str, pipeline: Pipeline, max_connections: int = 0,
                 clock: Callable[[], float] = time.perf_counter):
        """At most ``max_connections`` open at once (0: no cap); ``clock`` (seconds) bounds
        the time one connection holds the loop."""
        self.address = address
        self.pipeline = pipeline
        self.max_connections = max_connections
        self.clock = clock
        self.path = address[5:] if address.startswith("unix:") else None
        self.acceptor: Acceptor | None = None
        self._connections: set[asyncio.Task] = set()

    async def start(self) -> None:
        try:
            if self.path:
                _prepare_socket_path(self.path, socket.SOCK_STREAM)
                sockets = [listen_unix(self.path)]
                os.chmod(self.path, 0o660)
            else:
                host, port = _host_port(self.address, "ingest.stream")
                sockets = listen_tcp(host or "127.0.0.1", port)
                self.address = "{}:{}".format(*sockets[0].getsockname()[:2])
        except OSError as e:
            raise StartupError(
                f"cannot listen on stream {self.address} (ingest.stream): {e.strerror or e}") from e
        self.acceptor = Acceptor("stream", sockets, self._protocol, self.connections,
                                 self.max_connections)
        self.acceptor.start()

    def _protocol(self) -> asyncio.StreamReaderProtocol:
        return asyncio.StreamReaderProtocol(asyncio.StreamReader(), self._serve)

    def connections(self) -> int:
        return len(self._connections)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        limit = self.pipeline.max_event_bytes
        handle = self.pipeline.handle_payload
        clock = self.clock
        buf = bytearray()
        skipping = False  # inside a line that was already refused as too large
        try:
            turn = clock()
            while chunk := await reader.read(65536):
                if clock() - turn > DRAIN_SECONDS:  # a read with data waiting does not yield
                    await asyncio.sleep(0)
                    turn = clock()
                buf += chunk
                start = 0
                while (end := buf.find(b"\n", start)) != -1:
                    if skipping:
                        skipping = False
                    elif end - start > limit:
                        self.pipeline.reject_payload(_too_large(end - start, limit), "stream")
                    elif end > start:
                        handle(bytes(buf[start:end]), "stream")
                    start = end + 1
                    # nor does a chunk of many lines: 64 KiB of batches held the loop 5-10 ms
                    if clock() - turn > DRAIN_SECONDS:
                        await asyncio.sleep(0)
                        turn = clock()
                del buf[:start]
                if len(buf) > limit:
                    if not skipping:
                        self.pipeline.reject_payload(_too_large(len(buf), limit), "stream")
                        skipping = True
                    buf.clear()
            if buf.strip() and not skipping:
                handle(bytes(buf), "stream")
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()

    async def close(self) -> None:
        """Stop accepting, let open connections finish what they sent, remove the socket."""
        if self.acceptor is not None:
            self.acceptor.close()
            if self._connections:
                await asyncio.wait(list(self._connections), timeout=2.0)
            for task in self._connections:
                task.cancel()
        if self.path:
            _unlink_quietly(self.path)


def _too_large(size: int, limit: int) -> Rejection:
    return Rejection("too_large", f"line of more than {size} bytes > {limit}")


def _host_port(address: str, where: str) -> tuple[str, int]:
    try:
        return split_host_port(address, where)
    except ConfigError as e:
        raise StartupError(str(e)) from e


def _prepare_socket_path(path: str, kind: socket.SocketKind) -> None:
    """Make the directory; remove a stale socket file; refuse a live one or a non-socket."""
    directory = os.path.dirname(path)
    if directory:
        try:
            os.makedirs(directory, exist_ok=True)
        except OSError as e:
            raise StartupError(
                f"cannot create directory for socket {path}: {e.strerror or e}") from e
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(st.st_mode):
        raise StartupError(f"{path} exists and is not a socket; refusing to replace it")
    probe = socket.socket(socket.AF_UNIX, kind)
    try:
        probe.connect(path)
    except OSError as e:
        if e.errno in (errno.ECONNREFUSED, errno.ENOENT):
            log.info("removing stale socket file %s", path)
            _unlink_quietly(path)
            return
        raise StartupError(f"cannot use socket path {path}: {e.strerror or e}") from e
    finally:
        probe.close()
    raise StartupError(f"{path} is in use by another running process")


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
