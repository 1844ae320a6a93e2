"""Read config.toml and GABINETE_* variables into `Settings`, failing with one clear Spanish line."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from settings.model import Settings

CONFIG_ENV = "GABINETE_CONFIG"
ENV_PREFIX = "GABINETE_"


class SettingsError(Exception):
    """A configuration problem, already worded for the person who wrote the file."""


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Merge defaults, the TOML file and the environment; the file path defaults to ./config.toml.

    An explicit path that does not exist is an error; the default one may be absent.
    """
    environ = os.environ if environ is None else environ
    explicit = path or environ.get(CONFIG_ENV)
    config_path = Path(explicit or "config.toml")
    raw: dict[str, Any] = {}
    if config_path.exists():
        try:
            raw = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise SettingsError(f"{config_path}: TOML inválido: {error}") from error
    elif explicit:
        raise SettingsError(f"{config_path}: el archivo de configuración no existe")
    _apply_environment(raw, environ, Settings, prefix=ENV_PREFIX)
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as error:
        raise SettingsError(f"{config_path}: {_first_problem(error)}") from None
    if not settings.database_url:
        database = (config_path.resolve().parent / "gabinete.db").as_posix()
        settings = settings.model_copy(update={"database_url": f"sqlite:///{database}"})
    return settings


def _apply_environment(raw: dict[str, Any], environ: Mapping[str, str], model: type[BaseModel],
                       prefix: str) -> None:
    """GABINETE_<KEY> and GABINETE_<SECTION>_<KEY> override scalar keys (lists stay in the file)."""
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            section = raw.setdefault(name, {})
            if isinstance(section, dict):
                _apply_environment(section, environ, annotation, f"{prefix}{name.upper()}_")
            continue
        value = environ.get(f"{prefix}{name.upper()}")
        if value is not None:
            raw[name] = value


def _first_problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    key = ".".join(str(part) for part in problem["loc"]) or "(raíz)"
    if problem["type"] == "extra_forbidden":
        return f"clave desconocida '{key}'; revise config.example.toml para las claves permitidas"
    message = problem["msg"].removeprefix("Value error, ")
    return f"valor no válido en '{key}': {message} (recibido: {problem.get('input')!r})"
