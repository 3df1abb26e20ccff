"""The fake Bot API's HTTP side: listening, reading requests, recording calls, webhook replies."""

from __future__ import annotations

import copy
import socket
import time
from collections.abc import Callable

import aiohttp
from aiohttp import web

from .methods import BotApiMethods
from .models import ApiError, JSONDict, Recorded
from .spec import MethodSpec, decode_params
from .state import (
    MAX_UPLOAD,
    Call,
    Poll,
    Upload,
)
from .validate import (
    check_required,
)


class HttpFront(BotApiMethods):
    """Serves the Bot API over HTTP and runs each call: decode, inject failures, validate."""

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, for ``TelegramAPIServer.from_base``."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started; call start() or use `async with`")
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_unknown)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        await site.start()
        self._poll = Poll()
        self._runner = runner
        self._port = int(sock.getsockname()[1])
        self._closing = False
        self._last_activity = time.monotonic()

    async def stop(self) -> None:
        """Answer pending long polls, stop listening and close the webhook client."""
        self._closing = True
        self._wake_pollers()
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self._port = None

    # ------------------------------------------------------------ HTTP plumbing

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            error = ApiError(401, "Unauthorized")
            self._record(method, {}, {}, time.monotonic(), error.status, error.payload())
            return web.json_response(error.payload(), status=error.status)
        try:
            raw, uploads = await self._read_params(request)
        except ApiError as error:
            self._record(method, {}, {}, time.monotonic(), error.status, error.payload())
            return web.json_response(error.payload(), status=error.status)

        def gone() -> bool:
            transport = request.transport
            return transport is None or transport.is_closing()

        status, body = await self._execute(method, raw, uploads, gone)
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        stored = self._files.at_path(request.match_info["path"])
        if stored is None:
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    async def _handle_unknown(self, request: web.Request) -> web.Response:
        return web.json_response(ApiError(404, "Not Found").payload(), status=404)

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, Upload]]:
        raw: JSONDict = dict(request.query)
        uploads: dict[str, Upload] = {}
        if not request.can_read_body:
            return raw, uploads
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: JSON object expected")
            raw.update(body)
            return raw, uploads
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise ApiError(413, "Request Entity Too Large") from None
        for key, value in form.items():
            if isinstance(value, web.FileField):
                with value.file:
                    uploads[key] = Upload(value.filename, value.file.read())
            elif isinstance(value, bytes):
                raw[key] = value.decode("utf-8")
            else:
                raw[key] = value
        return raw, uploads

    async def _execute(
        self,
        method: str,
        raw: JSONDict,
        raw_uploads: dict[str, Upload],
        gone: Callable[[], bool],
        *,
        via_webhook_reply: bool = False,
    ) -> tuple[int, JSONDict]:
        """Run one API call: decode, inject failures, validate, handle; record the outcome."""
        started = time.monotonic()
        name = self._by_lower.get(method.lower(), method)
        long_poll = name == "getUpdates"
        if not long_poll:
            self._inflight += 1
        params: JSONDict = dict(raw)
        uploads: dict[str, Upload] = {}
        injected = False
        try:
            handler = self._handlers.get(name)
            if handler is None:
                raise ApiError(404, "Not Found")
            spec = self._spec[name.lower()]
            params = decode_params(spec, raw)
            uploads = self._resolve_uploads(spec, params, raw_uploads)
            failure = self._take_failure(name, params)
            if failure is not None:
                injected = True
                raise failure
            check_required(spec, params, uploads)
            result = await handler(Call(name, params, uploads, gone))
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.status, error.payload()
        except Exception as error:
            # A bug in the fake itself: answer like a Telegram outage so the test sees it.
            failure = ApiError(500, f"Internal Server Error: fake Bot API crashed: {error!r}")
            status, body = failure.status, failure.payload()
        finally:
            if not long_poll:
                self._inflight -= 1
        if not long_poll or body.get("result"):
            self._last_activity = time.monotonic()
        files = {key: upload.content for key, upload in uploads.items()}
        self._record(name, params, files, started, status, body, injected, via_webhook_reply)
        return status, body

    def _record(
        self,
        method: str,
        params: JSONDict,
        files: dict[str, bytes],
        at: float,
        status: int,
        body: JSONDict,
        injected: bool = False,
        via_webhook_reply: bool = False,
    ) -> None:
        self.requests.append(
            Recorded(
                method,
                params,
                files,
                at,
                status,
                copy.deepcopy(body),
                injected,
                via_webhook_reply,
            )
        )

    async def _execute_webhook_reply(self, response: aiohttp.ClientResponse) -> None:
        """Run the method a webhook response carries, as Telegram does (its result is unseen)."""
        raw: JSONDict = {}
        uploads: dict[str, Upload] = {}
        if response.content_type == "multipart/form-data":
            reader = aiohttp.MultipartReader.from_response(response)
            while (part := await reader.next()) is not None:
                if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                    continue
                if part.filename:
                    uploads[part.name] = Upload(part.filename, await part.read(decode=True))
                else:
                    raw[part.name] = await part.text()
        elif response.content_type == "application/json":
            body = await response.json()
            if isinstance(body, dict):
                raw = body
        method = raw.pop("method", None)
        if isinstance(method, str) and method:
            await self._execute(method, raw, uploads, lambda: False, via_webhook_reply=True)

    def _resolve_uploads(
        self, spec: MethodSpec, params: JSONDict, raw_uploads: dict[str, Upload]
    ) -> dict[str, Upload]:
        """Map InputFile parameters to uploaded parts: ``attach://<part>`` or a same-named part."""
        uploads: dict[str, Upload] = {}
        for name, field_spec in spec.fields.items():
            if "InputFile" not in field_spec.types:
                continue
            value = params.get(name)
            if isinstance(value, str) and value.startswith("attach://"):
                key = value.removeprefix("attach://")
                if key not in raw_uploads:
                    raise ApiError(400, f"Bad Request: file {value} not found in the request")
                uploads[name] = raw_uploads[key]
            elif value is None and name in raw_uploads:
                uploads[name] = raw_uploads[name]
                params[name] = f"attach://{name}"
        return uploads

    def _take_failure(self, method: str, params: JSONDict) -> ApiError | None:
        for failure in self._failures:
            if failure.method != method.lower():
                continue
            if failure.chat_id is not None and params.get("chat_id") != failure.chat_id:
                continue
            failure.times -= 1
            if failure.times <= 0:
                self._failures.remove(failure)
            return ApiError(failure.status, failure.description, failure.retry_after)
        return None
