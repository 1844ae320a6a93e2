"""The office's configuration: one validated `Settings` object, passed to every layer.

This package sits beside the five of DESIGN.md because every layer reads configuration
(the time zone, the departments) and none of them should import the composition root to get it.
"""

from settings.load import SettingsError, load_settings
from settings.model import Department, Role, Settings, StaffMember

__all__ = ["Department", "Role", "Settings", "SettingsError", "StaffMember", "load_settings"]
