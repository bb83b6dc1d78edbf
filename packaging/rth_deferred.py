"""Carnet's runtime hook (packaging/carnet.spec): PyInstaller's own runtime hooks for
multiprocessing and pkgutil run when the app first imports that module, not at every start.

PyInstaller runs them before the app's first line because the bundle contains those modules:
importing multiprocessing (with pickle, socket, subprocess) and pkgutil cost 12 ms of each cold
start (issue 20), for the sync process, which starts after the first paint, and for no first
paint at all. The spec bundles the two hook scripts unchanged (in pyi_rth_deferred/); this
finder runs each right after its module's first import — by the window's sync, or at the start
of a child process (desktop.cli), before its freeze_support call — so they behave as before.
"""


def _defer() -> None:
    import os
    import sys

    folder = os.path.join(sys._MEIPASS, "pyi_rth_deferred")

    def run(name: str) -> None:
        path = os.path.join(folder, f"pyi_rth_{name}.py")
        with open(path, encoding="utf-8") as script:
            code = compile(script.read(), path, "exec")
        exec(code, {"__name__": f"pyi_rth_{name}", "__file__": path})

    class AfterFirstImport:
        """A meta path finder that finds nothing itself: for a deferred module, it asks the
        finders after it and wraps the loader, so that the hook runs once the module is
        executed (and in sys.modules, which the hooks import it from)."""

        def __init__(self, names: set[str]) -> None:
            self.names = names

        def find_spec(self, name, path=None, target=None):
            if name not in self.names:
                return None
            self.names.discard(name)  # once: a failed import is not hooked twice
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            executes = spec.loader.exec_module

            def exec_module(module) -> None:
                executes(module)
                run(name)

            spec.loader.exec_module = exec_module  # PyInstaller's loaders are per module
            return spec

    names = {"multiprocessing", "pkgutil"}
    for name in sorted(names & set(sys.modules)):  # imported already: run as PyInstaller would
        names.discard(name)
        run(name)
    sys.meta_path.insert(0, AfterFirstImport(names))


_defer()
del _defer
