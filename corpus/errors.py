"""User-facing errors: the CLI shows their message as one line, never a traceback."""


class OcopError(Exception):
    """An error the user can act on; the message says what went wrong and what to do."""
