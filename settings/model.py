"""Typed settings with their defaults; every key here is documented in config.example.toml."""

from __future__ import annotations

import datetime as dt
import tomllib
from enum import StrEnum
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Role(StrEnum):
    """What a staff member may do: viewers read, the mayor also answers invitations, staff and admin write."""

    ADMIN = "admin"
    STAFF = "staff"
    MAYOR = "mayor"
    VIEWER = "viewer"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StaffMember(_Strict):
    telegram_id: int
    name: str
    role: Role = Role.STAFF


class Department(_Strict):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    words: tuple[str, ...] = ()
    due_days: int = Field(default=10, ge=1, le=365)
    chat_id: int | None = None


class TelegramSettings(_Strict):
    token: str = ""
    api_base_url: str = "https://api.telegram.org/bot"
    api_file_url: str = "https://api.telegram.org/file/bot"
    mayor_chat_id: int | None = None
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret: str = ""

    @field_validator("api_base_url", "api_file_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("debe empezar con http:// o https://")
        return value


class BriefingSettings(_Strict):
    time: dt.time = dt.time(7, 30)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
    catch_up_until: dt.time = dt.time(12, 0)

    @field_validator("weekdays")
    @classmethod
    def _weekdays(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if not value or any(day not in range(7) for day in value):
            raise ValueError("días de 0 (lunes) a 6 (domingo), al menos uno")
        return value


class ReminderSettings(_Strict):
    efemeride_days_before: int = Field(default=3, ge=0, le=60)
    invitation_days_before: int = Field(default=5, ge=0, le=60)
    accepted_evening_time: dt.time = dt.time(19, 0)
    complaints_digest_time: dt.time = dt.time(8, 30)


def _default_departments() -> tuple[Department, ...]:
    return tuple(Department(**raw) for raw in _default_department_rows())


@cache
def _default_department_rows() -> tuple[dict, ...]:
    text = resources.files("settings").joinpath("departments.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["departments"])


class Settings(_Strict):
    municipality: str = "Municipalidad"
    timezone: str = "America/Santiago"
    database_url: str = ""
    telegram: TelegramSettings = TelegramSettings()
    staff: tuple[StaffMember, ...] = ()
    departments: tuple[Department, ...] = Field(default_factory=_default_departments)
    briefing: BriefingSettings = BriefingSettings()
    reminders: ReminderSettings = ReminderSettings()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("zona horaria desconocida (ejemplo: America/Santiago)") from error
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if value and not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
            raise ValueError("se espera sqlite:///ruta.db o postgresql+psycopg://usuario@host/base")
        return value

    @model_validator(mode="after")
    def _unique_codes(self) -> Settings:
        codes = [department.code for department in self.departments]
        duplicated = sorted({code for code in codes if codes.count(code) > 1})
        if duplicated:
            raise ValueError(f"departamentos repetidos: {', '.join(duplicated)}")
        ids = [member.telegram_id for member in self.staff]
        if len(ids) != len(set(ids)):
            raise ValueError("hay un telegram_id repetido en staff")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def department(self, code: str | None) -> Department | None:
        return next((d for d in self.departments if d.code == code), None)

    def staff_member(self, telegram_id: int) -> StaffMember | None:
        return next((m for m in self.staff if m.telegram_id == telegram_id), None)
