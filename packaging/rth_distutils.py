"""Carnet's runtime hook in place of PyInstaller's pyi_rth_setuptools (packaging/carnet.spec).

Both do what setuptools' distutils-precedence.pth does when Python starts from source: an
`import distutils` is diverted to setuptools' own copy. PyInstaller's imports the whole of
setuptools to read its version first (90 ms of every frozen start, before the window); this
one does as the .pth does, with the bundled setuptools (84: "local", its default since 60).
setuptools itself loads only when tufup's repository side asks for it (an update check,
after the first paint), and puts the same shim in place then.
"""


def _shim() -> None:
    import os

    if os.environ.get("SETUPTOOLS_USE_DISTUTILS", "local") == "local":
        try:
            import _distutils_hack
        except ImportError:  # no setuptools in this bundle: nothing to divert to
            return
        _distutils_hack.add_shim()


_shim()
del _shim
