"""HTTP client of the account API (API.md): requests, retries, wire validation."""
