"""Contact search on a protocol list of 2,000: median time per query against a plain LIKE scan.

The LIKE baseline finds only exact folded substrings; the figure that matters is that the tolerant
search stays within a few times of it and under 5 ms, while finding the contact meant despite
missing accents, typos and partial words (the "found" column).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from storage.database import open_database
from storage.folding import fold
from storage.models import Contact
from storage.queries.contacts import refresh_search_text, search_contacts

CONTACTS = 2000
QUERIES = 200
TARGET_MS = 5.0

FIRST = ("Juan", "María", "José", "Ana", "Luis", "Carolina", "Pedro", "Francisca", "Andrés", "Camila", "Jorge",
         "Valentina", "Ricardo", "Isabel", "Sebastián", "Paula", "Héctor", "Daniela", "Matías", "Verónica")
LAST = ("Núñez", "Pérez", "González", "Muñoz", "Rodríguez", "Peña", "Ibáñez", "Soto", "Contreras", "Silva",
        "Martínez", "Sepúlveda", "Morales", "Fuentes", "Castillo", "Álvarez", "Toledo", "Quiroz", "Vergara",
        "Riquelme", "Espinoza", "Cárcamo", "Henríquez", "Valdés", "Zúñiga", "Saavedra", "Orellana", "Bustos")
POSTS = (("Seremi de Salud", "SEREMI de Salud"), ("Seremi de Educación", "SEREMI de Educación"),
         ("Gobernador Regional", "Gobierno Regional"), ("Delegado Presidencial Regional", "Delegación Presidencial"),
         ("Diputado", "Cámara de Diputadas y Diputados"), ("Senadora", "Senado de la República"),
         ("Concejal", "Concejo Municipal"), ("Directora", "Hospital Regional"), ("Comandante", "Cuerpo de Bomberos"),
         ("Prefecto", "Carabineros de Chile"), ("Obispo", "Obispado"), ("Rector", "Universidad Regional"),
         ("Presidenta", "Cámara de Comercio"), ("Director Regional", "SERVIU"), ("Jefe de Zona", "PDI"),
         ("Fiscal Regional", "Ministerio Público"), ("Presidente", "Club Deportivo Unión"),
         ("Directora", "Liceo Bicentenario"), ("Capitán de Puerto", "Armada de Chile"),
         ("Juez", "Juzgado de Policía Local"))
TREATMENTS = ("Sr.", "Sra.", "Don", "Doña", "Honorable", "Excelentísimo")


def generate(rng: random.Random, count: int) -> list[Contact]:
    """A plausible protocol list: many people share posts and surnames, as in a real region."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    contacts = []
    for number in range(count):
        role, institution = rng.choice(POSTS)
        place = rng.choice(("Ñuble", "Biobío", "Maule", "Los Ángeles", "Chillán", "Concepción", "Talca", ""))
        contact = Contact(name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",
                          treatment=rng.choice(TREATMENTS), role=role,
                          institution=f"{institution} {place}".strip(), phone=f"+5699{number:07d}",
                          email=f"contacto{number}@example.cl", updated_at=now)
        contacts.append(refresh_search_text(contact))
    return contacts


def mutate(rng: random.Random, contact: Contact) -> str:
    """What a hurried person types to find `contact`: a surname, a post, a prefix, a typo, no accents."""
    surname = contact.name.split()[1]
    kind = rng.randrange(4)
    if kind == 0:
        return fold(surname)
    if kind == 1:
        return f"{contact.role} {contact.institution.split()[-1]}".lower()
    if kind == 2:
        word = fold(contact.role.split()[0])
        return word[: max(4, len(word) - 2)]
    word = fold(surname)
    cut = rng.randrange(1, len(word))
    return f"{contact.name.split()[0]} {word[:cut]}{word[cut + 1:]}"


def _median_ms(run: Callable[[str], object], queries: list[str]) -> float:
    timings = []
    for query in queries:
        start = time.perf_counter()
        run(query)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    rng = random.Random(20261122)
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        with Session(engine) as session:
            contacts = generate(rng, CONTACTS)
            session.add_all(contacts)
            session.commit()
            targets = [rng.choice(contacts) for _ in range(QUERIES)]
            queries = [mutate(rng, contact) for contact in targets]

            def like(query: str) -> list[int]:
                sql = text("SELECT id FROM contact WHERE deleted_at IS NULL AND search_text LIKE :pattern")
                return list(session.execute(sql, {"pattern": f"%{fold(query)}%"}).scalars())

            def tolerant(query: str) -> list[Contact]:
                return search_contacts(session, query)

            for query in queries[:10]:  # warm both paths (statement caches, page cache)
                like(query)
                tolerant(query)
            baseline = _median_ms(like, queries)
            measured = _median_ms(tolerant, queries)
            found = _found_share(session, queries, targets)
            after_edit = _median_ms(lambda query: _edit_then_search(session, rng, contacts, query), queries[:30])
        engine.dispose()
    print(f"contacts={CONTACTS} queries={QUERIES}")
    print(f"baseline LIKE '%x%'   median {baseline:.3f} ms/query")
    print(f"search_contacts       median {measured:.3f} ms/query  ({measured / baseline:.1f}x baseline, "
          f"target < {TARGET_MS:.0f} ms: {'ok' if measured < TARGET_MS else 'MISSED'})")
    print(f"first search after an edit (word index rebuilt, edit included) median {after_edit:.3f} ms "
          f"({after_edit / baseline:.1f}x baseline)")
    print(f"found the meant contact's surname or post in the top 5: {found:.0%}")


def _edit_then_search(session: Session, rng: random.Random, contacts: list[Contact], query: str) -> None:
    """One contact edited and committed, then a search: the price of keeping the index fresh."""
    contact = rng.choice(contacts)
    contact.notes = f"nota {rng.randrange(10**6)}"
    contact.updated_at = datetime.now(UTC)
    session.add(refresh_search_text(contact))
    session.commit()
    search_contacts(session, query)


def _found_share(session: Session, queries: list[str], targets: list[Contact]) -> float:
    """Share of queries whose top 5 includes someone with the target's surname or post, as asked."""
    hits = 0
    for query, target in zip(queries, targets, strict=True):
        surname = fold(target.name.split()[1])
        found = search_contacts(session, query)
        hits += any(surname in fold(c.name) or fold(c.role) == fold(target.role) for c in found)
    return hits / len(queries)


if __name__ == "__main__":
    main()
