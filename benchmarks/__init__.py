"""Scale and speed measurements (`make bench`); not part of `make test`."""
