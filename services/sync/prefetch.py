"""Fetch the next page while the current one is written: network and disk overlap."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_END = object()


def prefetch(items: Iterator[T], depth: int = 1) -> Iterator[T]:
    """`items`, read ahead by `depth` on a helper thread; its exceptions re-raised here, in
    order. Leaving the loop early stops the reading after the item in hand."""
    slots: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def read() -> None:
        try:
            for item in items:
                slots.put((item, None))
                if stop.is_set():
                    return
        except BaseException as error:  # handed over to the consumer, not lost
            slots.put((None, error))
            return
        slots.put((_END, None))

    worker = threading.Thread(target=read, name="carnet-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item, error = slots.get()
            if error is not None:
                raise error
            if item is _END:
                return
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # unblock a reader waiting to put
            try:
                slots.get_nowait()
            except queue.Empty:
                worker.join(0.05)
