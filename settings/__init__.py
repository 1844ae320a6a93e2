"""The office's configuration: one validated `Settings` object, passed to every layer.

This package sits beside the five of DESIGN.md because every layer reads configuration
(the time zone, the departments) and none of them should import the composition root to get it.
"""

from settings.load import SettingsError, load_settings, settings_as_builtins
from settings.model import DEFAULT_DUE_DAYS, Department, Role, Settings, StaffMember, WallTime

__all__ = ["DEFAULT_DUE_DAYS", "Department", "Role", "Settings", "SettingsError", "StaffMember", "WallTime",
           "load_settings", "settings_as_builtins"]
