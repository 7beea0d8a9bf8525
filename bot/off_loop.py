"""Storage is synchronous (SQLAlchemy, argon2, matplotlib): these run it off the
event loop, so one slow database answer holds up only its own request and not
every other client's turn on the same server."""
import asyncio
import functools


async def blocking(call, *args, **kwargs):
    """One blocking call in a worker thread."""
    return await asyncio.to_thread(call, *args, **kwargs)


def off_the_event_loop(run):
    """For an action's `run`: the whole coroutine runs in a worker thread, on an event
    loop of its own, so every storage call inside it (however deep) is off the server's
    loop. Actions await nothing bound to the server's loop, so this is safe."""

    @functools.wraps(run)
    async def in_a_worker_thread(*args, **kwargs):
        return await asyncio.to_thread(asyncio.run, run(*args, **kwargs))

    in_a_worker_thread.off_the_event_loop = True
    return in_a_worker_thread
