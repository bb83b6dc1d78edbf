"""The `carnet` sub-commands, one module per theme."""
