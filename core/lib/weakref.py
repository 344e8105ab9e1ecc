# weakref.py — Refscope's stand-in for CPython 3.11's Lib/weakref.py, built
# on the _weakref C module (core/mod_weakref.c) as CPython's is.
from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref)

ProxyTypes = (ProxyType, CallableProxyType)
