"""A configuration that cannot be read, or a bad value from the environment: one line naming the culprit."""

from __future__ import annotations

from pathlib import Path

import pytest

from settings import SettingsError, load_settings


def problem(path: Path | str | None = None, **environ: str) -> str:
    with pytest.raises(SettingsError) as refused:
        load_settings(path, environ=environ)
    return str(refused.value)


def test_a_config_file_that_is_not_utf8_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('municipality = "Municipalidad de Ñuñoa"\n'.encode("latin-1"))
    assert problem(path) == f"{path}: no es texto UTF-8 (byte no válido en la posición 33); guárdelo como UTF-8"


def test_a_folder_given_as_config_file_is_one_line(tmp_path: Path) -> None:
    assert problem(tmp_path) == f"{tmp_path}: es una carpeta, no un archivo de configuración"


@pytest.mark.parametrize(("variable", "value", "said"), [
    ("GABINETE_TELEGRAM_WEBHOOK_PORT", "ochenta", "valor no válido en 'telegram.webhook_port': se esperaba int"),
    ("GABINETE_TELEGRAM_WEBHOOK_PORT", "0", "valor no válido en 'telegram.webhook_port': debe ser >= 1"),
    ("GABINETE_BRIEFING_TIME", "25:00", "valor no válido en 'briefing.time': se espera una hora HH:MM"),
    ("GABINETE_TIMEZONE", "Marte/Olimpo", "zona horaria desconocida 'Marte/Olimpo'"),
    ("GABINETE_TELEGRAM_API_BASE_URL", "ftp://x", "api_base_url debe empezar con http:// o https://"),
    ("GABINETE_IMPORTS_MAX_ROWS", "0", "valor no válido en 'imports.max_rows': debe ser >= 1"),
])
def test_a_bad_value_from_the_environment_names_the_variable_not_the_file(tmp_path: Path, variable: str,
                                                                          value: str, said: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text('municipality = "Prueba"\n', encoding="utf-8")
    text = problem(path, **{variable: value})
    assert text.startswith(f"{variable}: ") and said in text and "config.toml" not in text


def test_a_bad_value_in_the_file_still_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[telegram]\nwebhook_port = 0\n", encoding="utf-8")
    assert problem(path, GABINETE_TIMEZONE="America/Santiago").startswith(f"{path}: valor no válido en "
                                                                          f"'telegram.webhook_port'")
