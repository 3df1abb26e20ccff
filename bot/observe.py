"""What the bot reports about itself (metrics, log context), behind one small Protocol.

The bot only says what happened; the composition root decides what to count and how to log it.
"""

from __future__ import annotations

from typing import Final, Protocol

# Bot API methods that show something in a chat: each success is one reply sent.
REPLY_METHODS: Final = frozenset(
    {"SendMessage", "SendDocument", "SendPhoto", "EditMessageText", "EditMessageReplyMarkup"}
)


class Observer(Protocol):
    """Receives the bot's events; implementations must be quick and never raise."""

    def update_began(self, update_id: int, user_id: int | None) -> None:
        """An update starts being handled (sets the log context)."""

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        """An update was handled: `outcome` is "handled" or "unhandled"."""

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        """Handling an update raised `error`."""

    def reply_sent(self, method: str) -> None:
        """A message was sent or edited in a chat."""

    def rate_limited(self, seconds: float) -> None:
        """Telegram answered 429 and asked to wait `seconds`."""

    def questionnaire_started(self) -> None:
        """A new questionnaire was opened."""

    def questionnaire_submitted(self) -> None:
        """A questionnaire was submitted."""

    def heartbeat(self) -> None:
        """The update loop is alive (a getUpdates call returned, or an update arrived)."""


class NullObserver:
    """Observes nothing (tests and benchmarks that do not look)."""

    def update_began(self, update_id: int, user_id: int | None) -> None:
        pass

    def update_done(self, kind: str, outcome: str, seconds: float) -> None:
        pass

    def update_failed(self, kind: str, error: BaseException, seconds: float) -> None:
        pass

    def reply_sent(self, method: str) -> None:
        pass

    def rate_limited(self, seconds: float) -> None:
        pass

    def questionnaire_started(self) -> None:
        pass

    def questionnaire_submitted(self) -> None:
        pass

    def heartbeat(self) -> None:
        pass
