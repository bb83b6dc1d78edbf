"""Secrets: the OS keychain, field encryption and log redaction."""
