"""One exception tree. Every message is a single line a user can act on; the CLI prints it
as ``Error: <message>`` and exits non-zero, never with a traceback."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """A path, file or article that cannot be read: missing, empty, binary, undecodable,
    of an unknown format, or too large."""


class NoArticlesError(InputError):
    """None of the given inputs held a readable article."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""


class GraphLoadError(KgError):
    """A graph file or build folder that cannot be loaded."""


class ModelError(KgError):
    """A spaCy pipeline that is not installed or cannot be loaded."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""


class StoreError(KgError):
    """A triple store or SPARQL endpoint that cannot be reached or refuses the data."""


class ExportError(KgError):
    """An unknown export format or an export that cannot be written."""


class ClusterError(KgError):
    """An extraction worker or a Dask cluster that cannot be started, reached or kept alive."""
