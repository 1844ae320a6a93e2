"""Typed settings with their defaults; every key here is documented in config.example.toml.

The models are msgspec structs rather than pydantic models: every command loads settings first,
and `gabinete parse` must start in well under 0.3 s, of which pydantic alone took about 130 ms.
Checks that a type cannot express live in `__post_init__`, which msgspec runs while converting.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from msgspec import Meta, Struct, convert, field

HERE = Path(__file__).parent
"""The shipped tables beside this module, read as files: `importlib.resources` would import `zipfile` and its
readers, about 10 ms of every start, for a package that is never zipped."""
DEFAULT_DUE_DAYS = 10
Port = Annotated[int, Meta(ge=1, le=65535)]
DaysBefore = Annotated[int, Meta(ge=0, le=60)]
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


class WallTime(dt.time):
    """A local time of day, read from 'HH:MM' as people write it (msgspec alone wants 'HH:MM:SS')."""

    @classmethod
    def read(cls, value: object) -> WallTime:
        if isinstance(value, dt.time):
            return cls(value.hour, value.minute, value.second)
        found = _CLOCK.fullmatch(value.strip()) if isinstance(value, str) else None
        if found and int(found[1]) < 24 and int(found[2]) < 60 and int(found[3] or 0) < 60:
            return cls(int(found[1]), int(found[2]), int(found[3] or 0))
        raise ValueError("se espera una hora HH:MM entre 00:00 y 23:59")

    def __str__(self) -> str:
        return self.isoformat(timespec="minutes" if not self.second else "seconds")


class Role(StrEnum):
    """What a staff member may do: viewers read, the mayor also answers invitations, staff and admin write."""

    ADMIN = "admin"
    STAFF = "staff"
    MAYOR = "mayor"
    VIEWER = "viewer"


class _Strict(Struct, frozen=True, forbid_unknown_fields=True):
    """Immutable, and a misspelt key is an error instead of a silently ignored line."""


class StaffMember(_Strict):
    telegram_id: int
    name: str
    role: Role = Role.STAFF


class Department(_Strict):
    code: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    name: str
    words: tuple[str, ...] = ()
    due_days: Annotated[int, Meta(ge=1, le=365)] = DEFAULT_DUE_DAYS
    chat_id: int | None = None


class TelegramSettings(_Strict):
    token: str = ""
    api_base_url: str = "https://api.telegram.org/bot"
    api_file_url: str = "https://api.telegram.org/file/bot"
    mayor_chat_id: int | None = None
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: Port = 8443
    webhook_secret: str = ""

    def __post_init__(self) -> None:
        for name in ("api_base_url", "api_file_url"):
            if not getattr(self, name).startswith(("http://", "https://")):
                raise ValueError(f"{name} debe empezar con http:// o https://")


class BriefingSettings(_Strict):
    time: WallTime = WallTime(7, 30)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)
    catch_up_until: WallTime = WallTime(12, 0)

    def __post_init__(self) -> None:
        if not self.weekdays or any(day not in range(7) for day in self.weekdays):
            raise ValueError("weekdays: días de 0 (lunes) a 6 (domingo), al menos uno")


class ReminderSettings(_Strict):
    efemeride_days_before: DaysBefore = 3
    invitation_days_before: DaysBefore = 5
    accepted_evening_time: WallTime = WallTime(19, 0)
    complaints_digest_time: WallTime = WallTime(8, 30)


class DialogueSettings(_Strict):
    focus_hours: Annotated[float, Meta(gt=0, le=24 * 30)] = 4
    confirm_minutes: Annotated[float, Meta(gt=0, le=24 * 60)] = 30


class LearningSettings(_Strict):
    """Misunderstood messages kept for the lexicon's maintainers (storage/learning.py), then deleted."""

    retention_days: Annotated[int, Meta(ge=1, le=365)] = 30


class WebSettings(_Strict):
    """The bot's own web server: the Mini App and the iCalendar feed (see bot/web/)."""

    enabled: bool = False
    listen: str = "127.0.0.1"
    port: Port = 8080
    public_url: str = ""
    init_data_max_age: Annotated[int, Meta(ge=60, le=7 * 86400)] = 86400
    feed_refresh_minutes: Annotated[int, Meta(ge=5, le=1440)] = 60
    feed_cancelled_days: Annotated[int, Meta(ge=1, le=365)] = 30
    feed_past_days: Annotated[int, Meta(ge=0, le=3650)] = 365
    feed_efemerides: bool = True

    def __post_init__(self) -> None:
        if self.public_url and not self.public_url.startswith("https://"):
            raise ValueError("web.public_url debe empezar con https:// (Telegram abre Mini Apps solo por HTTPS)")


class ImportSettings(_Strict):
    """Limits on a spreadsheet sent in for import, checked before and while it is read.

    A few KB of hostile .xlsx can unpack to gigabytes (a million repeated rows, millions of shared
    strings, a merge over the whole sheet); each limit refuses such a file with one Spanish line.
    The defaults pass any office list Excel itself would open comfortably.
    """

    max_file_mb: Annotated[float, Meta(gt=0, le=50)] = 10
    max_unpacked_mb: Annotated[float, Meta(gt=0, le=1024)] = 64
    max_ratio: Annotated[int, Meta(ge=10, le=10_000)] = 200
    max_rows: Annotated[int, Meta(ge=1, le=1_048_576)] = 20_000
    max_columns: Annotated[int, Meta(ge=1, le=16_384)] = 60
    max_cell_chars: Annotated[int, Meta(ge=1, le=32_767)] = 32_767
    max_shared_strings: Annotated[int, Meta(ge=1, le=10_000_000)] = 250_000
    max_merged_cells: Annotated[int, Meta(ge=0, le=10_000_000)] = 100_000
    read_seconds: Annotated[float, Meta(gt=0, le=600)] = 30


class LegalSettings(_Strict):
    """Legal deadlines in working days (Ley 19.880 art. 25) and where their reminders go.

    Defaults are the law's numbers: Ley 20.285 arts. 14 (20 days, one extension of 10), 20 (third
    parties notified within 2 days, they may oppose within 3) and 12 (5 days to correct a request);
    the Lobby register's answer to an audience request, 3 days. A municipality that counts stricter
    changes them here, not in code.
    """

    transparency_days: Annotated[int, Meta(ge=1, le=60)] = 20
    extension_days: Annotated[int, Meta(ge=0, le=60)] = 10
    third_party_notice_days: Annotated[int, Meta(ge=1, le=30)] = 2
    opposition_days: Annotated[int, Meta(ge=1, le=30)] = 3
    correction_days: Annotated[int, Meta(ge=1, le=30)] = 5
    audience_answer_days: Annotated[int, Meta(ge=1, le=30)] = 3
    reminder_days_before: tuple[DaysBefore, ...] = (5, 2, 0)
    reminder_time: WallTime = WallTime(8, 30)
    cabinet_chat_id: int | None = None
    """The cabinet group that hears of every legal deadline; none means the mayor's chat (telegram.mayor_chat_id)."""


class PrecedenceRank(_Strict):
    """One rank of the order of precedence: the posts that hold it (folded phrases), 1 going first."""

    rank: Annotated[int, Meta(ge=1, le=999)]
    title: str
    posts: tuple[str, ...]


def _default_precedence() -> tuple[PrecedenceRank, ...]:
    """The shipped table, `settings/precedence.toml` (its header cites the Decreto it follows)."""
    text = (HERE / "precedence.toml").read_text(encoding="utf-8")
    return tuple(convert(row, PrecedenceRank) for row in tomllib.loads(text)["precedence"])


class CeremonySettings(_Strict):
    """The municipality's own ceremonies: their order of precedence, letters, follow-up and photo archive."""

    precedence: tuple[PrecedenceRank, ...] = field(default_factory=_default_precedence)
    letter_template: str = ""
    """A .docx with {tratamiento}, {nombre}, {cargo}, {institucion}, {ceremonia}, {fecha}, {lugar}; empty: ours."""
    follow_up_days: DaysBefore = 5
    """How many days before a ceremony the guests who have not answered are listed for a follow-up call."""
    photos_dir: str = "fotos"
    """Where copies of the photos sent to the bot are kept (relative to the working folder)."""

    def __post_init__(self) -> None:
        if not self.precedence:
            raise ValueError("precedence: al menos un rango")


def _default_departments() -> tuple[Department, ...]:
    return tuple(Department(**raw) for raw in _default_department_rows())


@cache
def _default_department_rows() -> tuple[dict, ...]:
    text = (HERE / "departments.toml").read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["departments"])


class Settings(_Strict):
    municipality: str = "Municipalidad"
    timezone: str = "America/Santiago"
    database_url: str = ""
    telegram: TelegramSettings = TelegramSettings()
    staff: tuple[StaffMember, ...] = ()
    departments: tuple[Department, ...] = field(default_factory=_default_departments)
    briefing: BriefingSettings = BriefingSettings()
    reminders: ReminderSettings = ReminderSettings()
    web: WebSettings = WebSettings()
    dialogue: DialogueSettings = DialogueSettings()
    learning: LearningSettings = LearningSettings()
    imports: ImportSettings = ImportSettings()
    legal: LegalSettings = LegalSettings()
    ceremonies: CeremonySettings = field(default_factory=CeremonySettings)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"timezone: zona horaria desconocida {self.timezone!r} "
                             "(ejemplo: America/Santiago)") from None
        if self.database_url and not self.database_url.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
            raise ValueError("database_url: se espera sqlite:///ruta.db o postgresql+psycopg://usuario@host/base")
        codes = [department.code for department in self.departments]
        duplicated = sorted({code for code in codes if codes.count(code) > 1})
        if duplicated:
            raise ValueError(f"departamentos repetidos: {', '.join(duplicated)}")
        ids = [member.telegram_id for member in self.staff]
        if len(ids) != len(set(ids)):
            raise ValueError("hay un telegram_id repetido en staff")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def department(self, code: str | None) -> Department | None:
        return next((d for d in self.departments if d.code == code), None)

    def staff_member(self, telegram_id: int) -> StaffMember | None:
        return next((m for m in self.staff if m.telegram_id == telegram_id), None)
