"""A kernel's stand-in for tests that need two kernels on one workspace: a child process with an
asyncio event loop running (so a box's ``drafts.Typing`` waits its gap and writes on a timer, as
in Jupyter), that runs the code the test sends it in one namespace kept between calls, and
answers with what the code printed. It exits (``atexit`` runs) when told, or ends by a signal.

    with StandIn(tmp_path) as kernel:
        kernel.run("studio = AnswerStudio(open_session())")
        print(kernel.run("print(studio.text)"))

Run as a script, it is the child.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
END = "\x00END\x00"


class StandIn:
    """One child process standing in for a kernel, its working folder ``cwd``."""

    def __init__(self, cwd: Path, env: dict | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__], cwd=str(cwd), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
        assert self.proc.stdout.readline().strip() == "READY", self.proc.stderr.read()
        self._out: list[str] = []

    def run(self, code: str) -> str:
        """Run ``code`` in the child (awaits allowed: it runs as a coroutine on the loop);
        what it printed. An exception in it fails the test with the child's traceback."""
        self.send(code)
        return self.result()

    def send(self, code: str) -> None:
        """Start ``code`` in the child and return at once (``result`` waits for it)."""
        self.proc.stdin.write(json.dumps(code) + "\n")
        self.proc.stdin.flush()

    def until(self, marker: str) -> None:
        """Wait until the code ``send`` started prints the line ``marker`` (it goes on)."""
        while True:
            line = self.proc.stdout.readline()
            if not line or line.startswith(END):
                raise AssertionError(f"the stand-in kernel never said {marker!r}:\n{line}")
            if line.strip() == marker:
                return
            self._out.append(line)

    def result(self) -> str:
        """What the code ``send`` started printed, once it ended."""
        out, self._out = self._out, []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("the stand-in kernel ended:\n" + self.proc.stderr.read())
            if line.startswith(END):
                status = line[len(END):].strip()
                if status != "ok":
                    raise AssertionError(f"the stand-in kernel failed:\n{''.join(out)}"
                                         f"{json.loads(status)}")
                return "".join(out)
            out.append(line)

    def exit(self) -> int:
        """End the child as a kernel shutdown does (``atexit`` runs); its return code."""
        self.proc.stdin.close()
        return self.proc.wait(timeout=60)

    def terminate(self) -> int:
        """End the child with SIGTERM; its return code."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=60)

    def __enter__(self) -> StandIn:
        return self

    def __exit__(self, *_exc) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream and not stream.closed:
                stream.close()


def _serve() -> None:  # pragma: no cover - runs in the child
    import asyncio
    import traceback

    namespace: dict = {"__name__": "__standin__"}

    async def serve() -> None:
        loop = asyncio.get_running_loop()
        print("READY", flush=True)
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                return
            code = json.loads(line)
            try:
                body = "".join(f"    {row}\n" for row in code.splitlines()) or "    pass\n"
                exec(f"async def __cell__():\n{body}    globals().update(locals())\n",
                     namespace)
                await namespace["__cell__"]()
                status = "ok"
            except BaseException:
                status = json.dumps(traceback.format_exc())
            print(f"{END}{status}", flush=True)

    asyncio.run(serve())


if __name__ == "__main__":
    _serve()
