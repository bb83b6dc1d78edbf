"""Front-desk mode (issue 19): the organization's side, read through the platform's
organization API v3 (docs/api-org.md §6) into a store of its own, read offline."""
