"""claimcheck: find claims whose figures disagree across news articles.

>>> import claimcheck as cc
>>> result = cc.check(["fixtures/"])          # doctest: +SKIP
>>> cc.compare("Sales rose 5%.", "Sales rose 9%.")  # doctest: +SKIP
"""

from .batch import figure_dict
from .errors import ClaimcheckError, InputError, ModelError, OutputError, StageError, StoreBusyError
from .models import Arithmetic, Claim, Document, Group, Pair, Period, Quantity, Reference, ReferenceCheck, Run
from .pipeline import check
from .quantities import read_figures
from .result import Result
from .two_texts import compare_texts as compare

__all__ = [
    "check",
    "compare",
    "read_figures",
    "figure_dict",
    "Arithmetic",
    "Claim",
    "Document",
    "Group",
    "Pair",
    "Period",
    "Quantity",
    "Reference",
    "ReferenceCheck",
    "Result",
    "Run",
    "ClaimcheckError",
    "InputError",
    "ModelError",
    "OutputError",
    "StoreBusyError",
    "StageError",
]
