"""Two-way sync: local edits through an outbox, platform changes through the change feed."""
