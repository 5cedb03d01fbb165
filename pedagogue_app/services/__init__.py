"""Use cases: validation, rules, queries, access checks. The only code that imports models/ and db/."""

from .access import AccessDenied
from .context import Actor, local_actor
from .errors import FieldError, NotFound, SimilarRecordsFound, ValidationError

__all__ = ["AccessDenied", "Actor", "FieldError", "NotFound", "SimilarRecordsFound",
           "ValidationError", "local_actor"]
