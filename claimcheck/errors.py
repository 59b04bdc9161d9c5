"""Errors the library raises. The CLI turns them into one-line messages."""


class ClaimcheckError(Exception):
    """Base class: something the user can fix, described in one line."""


class InputError(ClaimcheckError):
    """An input path or file cannot be used at all (not found, nothing readable)."""


class OutputError(ClaimcheckError):
    """A file the run writes cannot be written (a file where its folder should be, no permission)."""


class ModelError(ClaimcheckError):
    """The embedding model could not be loaded offline."""


class StoreBusyError(ClaimcheckError):
    """Another process held the store's write lock for longer than the write would wait."""


class StageError(ClaimcheckError):
    """A sentence, document or pair failed a stage of the run (raised only with ``strict=True``)."""
