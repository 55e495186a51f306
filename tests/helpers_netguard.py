"""A network guard for subprocesses: refuse and record every connection that leaves the machine.

The privacy test writes a ``sitecustomize.py`` that imports this module and calls ``install()``,
and puts its folder first on ``PYTHONPATH``: every Python process started with that environment
(the CLI, nbclient, the Jupyter kernel it launches) is then guarded from its first line.

Allowed: Unix sockets and the loopback addresses (the kernel talks to its client over loopback
ZeroMQ). Anything else (a connect, a UDP send, a name lookup) is appended to the file named by
``WORKSHOP_NETGUARD_LOG`` as one line, ``<pid> <call> <address>``, and refused with an OSError.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket

LOG_ENV = "WORKSHOP_NETGUARD_LOG"
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def _record(call: str, address) -> None:
    path = os.environ.get(LOG_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {call} {address!r}\n")


def _is_loopback_host(host) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): a local, passive address
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%", 1)[0]
    if host.lower() in _LOOPBACK_NAMES or host == "":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _allowed(family, address) -> bool:
    if family == getattr(socket, "AF_UNIX", object()) or isinstance(address, str | bytes):
        return True
    if isinstance(address, tuple) and address:
        return _is_loopback_host(address[0])
    return False


def _refuse(call: str, address):
    _record(call, address)
    raise OSError(errno.ENETUNREACH, f"network access blocked by the test guard: {address!r}")


def install() -> None:
    """Patch the socket module in this process (idempotent)."""
    if getattr(socket, "_workshop_guarded", False):
        return
    socket._workshop_guarded = True
    _guard_socket_methods()
    _guard_module_functions()


def _guard_socket_methods() -> None:
    """``connect``, ``connect_ex`` and ``sendto`` of every socket refuse a non-loopback peer."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def connect(self, address):
        if not _allowed(self.family, address):
            _refuse("connect", address)
        return real_connect(self, address)

    def connect_ex(self, address):
        if not _allowed(self.family, address):
            _refuse("connect_ex", address)
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        address = args[-1] if args else None
        if address is not None and not _allowed(self.family, address):
            _refuse("sendto", address)
        return real_sendto(self, data, *args)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto


def _guard_module_functions() -> None:
    """``socket.create_connection`` and the name lookups refuse any host but the loopback."""
    real_create_connection = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo
    real_gethostbyname = socket.gethostbyname
    real_gethostbyname_ex = socket.gethostbyname_ex

    def create_connection(address, *args, **kwargs):
        if not _is_loopback_host(address[0]):
            _refuse("create_connection", address)
        return real_create_connection(address, *args, **kwargs)

    def getaddrinfo(host, *args, **kwargs):
        if not _is_loopback_host(host):
            _record("getaddrinfo", host)
            raise socket.gaierror(socket.EAI_NONAME, f"name lookup blocked by the test guard: "
                                                     f"{host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    def gethostbyname(host):
        if not _is_loopback_host(host):
            _refuse("gethostbyname", host)
        return real_gethostbyname(host)

    def gethostbyname_ex(host):
        if not _is_loopback_host(host):
            _refuse("gethostbyname_ex", host)
        return real_gethostbyname_ex(host)

    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
    socket.gethostbyname_ex = gethostbyname_ex


SITECUSTOMIZE = """\
# Written by tests/test_privacy.py: guard this process's network access.
import helpers_netguard
helpers_netguard.install()
"""
