"""Read config.toml and GABINETE_* variables into `Settings`, failing with one clear Spanish line."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from settings.model import Settings, WallTime

CONFIG_ENV = "GABINETE_CONFIG"
ENV_PREFIX = "GABINETE_"

# msgspec words its problems in English; these are the ones a person editing config.toml meets.
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), spanish) for pattern, spanish in (
    (r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$", "se esperaba {want}, no {got}"),
    (r"^Expected `\w+` (?P<bound>[<>]=? ?-?\d+)$", "debe ser {bound}"),
    (r"^Expected `str` matching regex (?P<regex>.+)$", "no tiene la forma esperada {regex}"),
    (r"^Invalid enum value (?P<value>.+)$", "valor no permitido {value}"),
    (r"^Object missing required field `(?P<name>\w+)`$", "falta la clave '{name}'"),
))
_UNKNOWN_KEY = re.compile(r"^Object contains unknown field `(?P<name>[^`]+)`$")
_NAMED = re.compile(r"^(?P<key>[a-z_]+)(?::| debe)")
_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)


class SettingsError(Exception):
    """A configuration problem, already worded for the person who wrote the file."""


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Merge defaults, the TOML file and the environment; the file path defaults to ./config.toml.

    An explicit path that does not exist is an error; the default one may be absent.
    """
    environ = os.environ if environ is None else environ
    explicit = path or environ.get(CONFIG_ENV)
    config_path = Path(explicit or "config.toml")
    raw = _read_file(config_path, required=bool(explicit))
    from_environment = _apply_environment(raw, environ, Settings, prefix=ENV_PREFIX)
    try:
        settings = msgspec.convert(raw, Settings, strict=False, dec_hook=_decode)
    except msgspec.ValidationError as error:
        raise SettingsError(_blamed(str(error), config_path, from_environment)) from None
    if not settings.database_url:
        database = (config_path.resolve().parent / "gabinete.db").as_posix()
        settings = msgspec.structs.replace(settings, database_url=f"sqlite:///{database}")
    return settings


def _read_file(path: Path, required: bool) -> dict[str, Any]:
    """The file's TOML ({} for a default path that is absent); a file that cannot be read or is not UTF-8
    text is one line naming it, not a traceback."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if required:
            raise SettingsError(f"{path}: el archivo de configuración no existe") from None
        return {}
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: TOML inválido: {error}") from None
    except UnicodeDecodeError as error:
        raise SettingsError(f"{path}: no es texto UTF-8 (byte no válido en la posición {error.start}); "
                            f"guárdelo como UTF-8") from None
    except IsADirectoryError:
        raise SettingsError(f"{path}: es una carpeta, no un archivo de configuración") from None
    except OSError as error:
        raise SettingsError(f"{path}: no se puede leer ({error.strerror or error})") from None


def _blamed(error: str, config_path: Path, from_environment: dict[str, str]) -> str:
    """The problem, prefixed by where the value came from: the variable that set it, or the file."""
    found = _AT.match(error)
    path = (found["path"] or "").lstrip(".") if found else ""
    named = _NAMED.match(found["message"] if found else error)  # a check in __post_init__ names its key
    if named:
        path = f"{path}.{named['key']}" if path else named["key"]
    variable = from_environment.get(path)
    return f"{variable}: {_problem(error)}" if variable else f"{config_path}: {_problem(error)}"


def settings_as_builtins(settings: Settings) -> dict[str, Any]:
    """Plain JSON-ready values (times as 'HH:MM'), for showing the effective configuration."""
    return msgspec.to_builtins(settings, enc_hook=str)


def _decode(kind: type, value: object) -> object:
    if kind is WallTime:
        return WallTime.read(value)
    raise NotImplementedError(kind)


def _apply_environment(raw: dict[str, Any], environ: Mapping[str, str], model: type[msgspec.Struct],
                       prefix: str, path: str = "") -> dict[str, str]:
    """GABINETE_<KEY> and GABINETE_<SECTION>_<KEY> override scalar keys (lists stay in the file).

    Returns the keys set so ('telegram.webhook_port' -> 'GABINETE_TELEGRAM_WEBHOOK_PORT'), so that a
    bad value is blamed on the variable, not on a file that does not hold it.
    """
    applied: dict[str, str] = {}
    for spec in msgspec.structs.fields(model):
        key = f"{path}{spec.name}"
        if isinstance(spec.type, type) and issubclass(spec.type, msgspec.Struct):
            section = raw.setdefault(spec.name, {})
            if isinstance(section, dict):
                applied |= _apply_environment(section, environ, spec.type, f"{prefix}{spec.name.upper()}_", f"{key}.")
            continue
        variable = f"{prefix}{spec.name.upper()}"
        value = environ.get(variable)
        if value is not None:
            raw[spec.name] = value
            applied[key] = variable
    return applied


def _problem(text: str) -> str:
    """'Expected `int` >= 1 - at `$.telegram.webhook_port`' -> Spanish, naming the key as written in TOML."""
    found = _AT.match(text)
    message, path = found["message"], (found["path"] or "").lstrip(".")
    unknown = _UNKNOWN_KEY.match(message)
    if unknown:
        key = ".".join(part for part in (path, unknown["name"]) if part)
        return f"clave desconocida '{key}'; revise config.example.toml para las claves permitidas"
    for pattern, spanish in _PROBLEMS:
        matched = pattern.match(message)
        if matched:
            message = spanish.format(**matched.groupdict())
            break
    return f"valor no válido en '{path}': {message}" if path else f"valor no válido: {message}"
