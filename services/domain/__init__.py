"""Pure-Python core: the entities of API.md and the business rules of SPEC (no I/O, no Qt)."""
