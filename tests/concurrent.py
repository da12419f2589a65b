"""Send requests, or run work, at the same instant, each from its own thread and connection."""

import threading
from collections.abc import Callable

from django.db import connection
from django.http import HttpResponse
from django.test import Client


def at_once(clients: list[Client], send: Callable[[int, Client], HttpResponse]) -> list[int]:
    """Let every client send its request at the same instant; return the status codes."""
    barrier = threading.Barrier(len(clients))
    codes: list[int] = []

    def worker(index: int, client: Client) -> None:
        barrier.wait()
        try:
            codes.append(send(index, client).status_code)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=(index, client))
        for index, client in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


def at_the_same_instant(works: list[Callable[[], object]]) -> None:
    """Run each piece of work in its own thread and connection, all released at once."""
    barrier = threading.Barrier(len(works))

    def worker(work: Callable[[], object]) -> None:
        barrier.wait()
        try:
            work()
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
