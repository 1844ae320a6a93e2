"""Understanding staff messages: text + reference moment + department routes → `Understanding`.

Pure: no database, network, Telegram or clock. See /work/shared/nlu/SPEC.md for the contract.
"""

from nlu.parser import Parser
from nlu.understanding import DepartmentRoute, Understanding

__all__ = ["DepartmentRoute", "Parser", "Understanding"]
