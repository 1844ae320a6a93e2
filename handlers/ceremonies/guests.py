"""The guest list of a ceremony: guests added from the protocol list by group or name, their answers, who is missing.

A group is read from its words: a level («autoridades regionales») or a post in the plural («los
concejales», «los seremis»), matched against the posts of the protocol list; anything else is a name
looked up like a contact search. Guests keep the post they were invited with.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from handlers.ceremonies.named_guests import GROUP_FILLER, GUEST_LIST, named_guests
from handlers.ceremonies.newcomers import UNLISTED, as_contact, listed_as, names, newcomer_text, told_people
from handlers.ceremonies.records import describe, find, focus_on, guest_text, live_guests
from handlers.context import Context
from handlers.format import plural
from handlers.reply import Reply, ask, done, propose
from nlu.gazetteer import load
from storage.audit import AuditAction
from storage.ceremonies import Ceremony, CeremonyGuest, GuestStatus
from storage.folding import fold
from storage.models import Contact, ContactLevel
from storage.queries.contacts import search_contacts

LEVEL_WORDS = {"regional": ContactLevel.REGIONAL, "regionales": ContactLevel.REGIONAL,
               "comunal": ContactLevel.COMUNAL, "comunales": ContactLevel.COMUNAL,
               "nacional": ContactLevel.NACIONAL, "nacionales": ContactLevel.NACIONAL}


def _live_contacts(ctx: Context) -> list[Contact]:
    return list(ctx.session.exec(select(Contact).where(col(Contact.deleted_at).is_(None)).order_by(col(Contact.id))))


def _singular(word: str) -> str:
    """«concejales» → «concejal», «seremis» → «seremi», «diputadas» → «diputada»."""
    if word.endswith("es") and len(word) > 5 and word[-3] in "lnrd":
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _stem(post: str, plural: bool) -> str:
    """A post said in the masculine plural means the women who hold it too: «los diputados» → «diputad»."""
    return post[:-1] if plural and post.endswith("o") else post


def _holds(contact: Contact, posts: list[str]) -> bool:
    """Whether the contact's post reads as these words in a row: «gobernador regional» holds «Gobernador Regional
    de Atacama», «diputad» holds «diputada»."""
    held = fold(contact.role or "").split()
    return any(all(word.startswith(post) for word, post in zip(held[start:start + len(posts)], posts, strict=True))
               for start in range(len(held) - len(posts) + 1))


def _post_holders(contacts: list[Contact], words: list[str]) -> list[Contact]:
    """The holders of the post the words name: every one for a plural («los diputados», «los parlamentarios»),
    the first for a singular («al gobernador regional»). Empty when the words are no post on the list."""
    grouped = load().post_groups.get(words[0]) if len(words) == 1 else None
    if grouped:
        return [c for c in contacts if any(_holds(c, _stem(post, True).split()) for post in grouped)]
    plural = _singular(words[0]) != words[0]
    holders = [c for c in contacts if _holds(c, [_stem(_singular(word), plural) for word in words])]
    return holders if plural else holders[:1]


def group_contacts(ctx: Context, wanted: str) -> list[Contact]:
    """The protocol-list contacts a group or a name means (empty when nothing fits).

    A post, in words or as a group word, keeps who holds it; a level keeps the contacts of that level (of
    the post named too, when one is); anything else is a person, found like a contact search.
    """
    words = [word for word in fold(wanted).replace(",", " ").split() if word not in GROUP_FILLER]
    contacts = _live_contacts(ctx)
    if words and words[0] not in LEVEL_WORDS and (holders := _post_holders(contacts, words)):
        return holders
    levels = {LEVEL_WORDS[word] for word in words if word in LEVEL_WORDS}
    posts = [_singular(word) for word in words if word not in LEVEL_WORDS]
    if levels:
        return [c for c in contacts if c.level in levels and all(_holds(c, [post]) for post in posts)]
    return search_contacts(ctx.session, wanted, limit=1) if words else []


def listed_contacts(ctx: Context, wanted: str, people: list[dict[str, str]] = ()) -> tuple[
        list[Contact], list[dict[str, str]], list[str]]:
    """The contacts of each guest or group in a list («la diputada Vidal y el concejal Morales», «los seremis,
    los diputados»), the people told by name and post who are not on the protocol list (`newcomers`), and the
    parts that matched no one."""
    found: list[Contact] = []
    newcomers: list[dict[str, str]] = []
    missing: list[str] = []
    for part in (p.strip() for p in GUEST_LIST.split(wanted)):
        person = next((person for person in people if names(person, part)), None)
        if person is not None:
            contact = listed_as(ctx, person)
            if contact is None and person not in newcomers and fold(person["name"]) in fold(part):
                newcomers.append(person)
            contacts = [contact] if contact else []
        else:
            contacts = group_contacts(ctx, part) if part else []
            if part and not contacts:
                missing.append(part)
        found += [c for c in contacts if c.id not in {f.id for f in found}]
    return found, newcomers, missing


def _already(ctx: Context, ceremony: Ceremony) -> set[int]:
    return {guest.contact_id for guest in live_guests(ctx, ceremony) if guest.contact_id}


LISTING = "lo agrego también al listado"
NOT_LISTING = "lo invito sin agregarlo al listado"


def invite(ctx: Context, slots: dict[str, Any]) -> Reply:
    wanted = str(slots.get("guests") or "").strip()
    if not wanted:
        return ask("ceremony.invite", slots, "guests", "¿A quiénes invito? (por ejemplo, «los concejales» o "
                                                       "«las autoridades regionales»)")
    ceremony = find(ctx, "ceremony.invite", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    known = _already(ctx, ceremony)
    listed, newcomers, missing = listed_contacts(ctx, wanted, told_people(slots))
    contacts = [c for c in listed if c.id not in known]
    if not contacts and not newcomers:
        return Reply(f"No encontré en el listado de protocolo a «{wanted}» (o ya están invitados a "
                     f"{ceremony.title}). Diga su cargo y nombre («invita a la rectora Marcela Soto») para "
                     "invitarlo y agregarlo al listado.")
    lines = [f"Agregar a la lista de invitados de {describe(ctx, ceremony)}:"]
    lines += [f"• {c.name} ({', '.join(p for p in (c.role, c.institution) if p)})" for c in contacts]
    newly = NOT_LISTING if slots.get(UNLISTED) else LISTING
    lines += [f"• {newcomer_text(person)} — no está en el listado de protocolo: {newly}" for person in newcomers]
    lines += [f"(No encontré en el listado de protocolo a «{part}»: no lo agrego; diga su cargo y nombre para "
              "invitarlo.)" for part in missing]
    return propose("ceremony.invite", {**slots, "ceremony_id": ceremony.id, "contact_ids": [c.id for c in contacts],
                                       "newcomers": newcomers}, "\n".join(lines))


def commit_invite(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = find(ctx, "ceremony.invite", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    known = _already(ctx, ceremony)
    contacts = [contact for contact_id in slots.get("contact_ids", [])
                if (contact := ctx.session.get(Contact, int(contact_id))) is not None
                and contact.deleted_at is None and contact.id not in known]
    people = told_people({"people": slots.get("newcomers")})
    unlisted = people if slots.get(UNLISTED) else []
    newcomers = [] if unlisted else [as_contact(ctx, person) for person in people]
    for newcomer in newcomers:
        ctx.store(newcomer, AuditAction.CREATE)
    for contact in contacts + newcomers:
        _store_guest(ctx, ceremony, CeremonyGuest(contact_id=contact.id, name=contact.name, treatment=contact.treatment,
                                                  post=contact.role, institution=contact.institution))
    for person in unlisted:  # «solo invitar»: the guest keeps the post and institution told, the list is unchanged
        _store_guest(ctx, ceremony, CeremonyGuest(name=person["name"], post=person.get("post"),
                                                  institution=person.get("institution")))
    added = len(contacts) + len(people)
    text = f"{plural(added, 'invitado agregado', 'invitados agregados')} a {ceremony.title}."
    if newcomers:
        text += " Agregados también al listado de protocolo: " + ", ".join(c.name for c in newcomers) + "."
    return Reply(done(text).text, stored=True, focus=focus_on(ctx, ceremony))


def _store_guest(ctx: Context, ceremony: Ceremony, guest: CeremonyGuest) -> None:
    """A guest invited by letter now, audited."""
    guest.ceremony_id, guest.status = ceremony.id or 0, GuestStatus.INVITED
    guest.invited_at, guest.invited_how = ctx.now, "carta"
    ctx.store(guest, AuditAction.CREATE)


QUERY_FILTERS = {"confirmed": lambda g: GuestStatus(g.status).present,
                 "pending": lambda g: not GuestStatus(g.status).answered,
                 "declined": lambda g: g.status == GuestStatus.DECLINED}
QUERY_HEADINGS = {"confirmed": "Confirmados", "pending": "Sin respuesta", "declined": "Excusados",
                  None: "Invitados"}


def query(ctx: Context, slots: dict[str, Any]) -> Reply:
    ceremony = find(ctx, "ceremony.query", slots)
    if isinstance(ceremony, Reply):
        return ceremony
    asked = str(slots.get("guest") or "")
    if asked:  # «¿confirmó el senador Pérez?»: how that guest stands, nothing changed
        named = named_guests(ctx, ceremony, asked)
        if not named:
            return Reply(f"«{asked}» no está entre los invitados de {ceremony.title}.", focus=focus_on(ctx, ceremony))
        return Reply("\n".join([f"{ceremony.title}:", *(f"• {guest_text(g)}" for g in named)]),
                     focus=focus_on(ctx, ceremony))
    which = slots.get("filter") if slots.get("filter") in QUERY_FILTERS else None
    guests = live_guests(ctx, ceremony)
    shown = [g for g in guests if which is None or QUERY_FILTERS[which](g)]
    heading = f"{QUERY_HEADINGS[which]} de {describe(ctx, ceremony)} ({len(shown)} de {len(guests)}):"
    if not shown:
        return Reply(f"{heading}\nNinguno por ahora.", focus=focus_on(ctx, ceremony))
    return Reply("\n".join([heading] + [f"• {guest_text(g)}" for g in shown]), focus=focus_on(ctx, ceremony))


FOLLOW_UP_NAMES = 5


def briefing_section(ctx: Context, day: date) -> str | None:
    """Ceremonies coming within `[ceremonies] follow_up_days` and the guests still to call about them."""
    last = day + timedelta(days=ctx.settings.ceremonies.follow_up_days)
    coming = ctx.session.exec(select(Ceremony).where(col(Ceremony.deleted_at).is_(None),
                                                     col(Ceremony.day).between(day, last))
                              .order_by(col(Ceremony.day)))
    lines = []
    for ceremony in coming:
        silent = [g.name for g in live_guests(ctx, ceremony) if not GuestStatus(g.status).answered]
        if silent:
            names = ", ".join(silent[:FOLLOW_UP_NAMES]) + (f" y {len(silent) - FOLLOW_UP_NAMES} más"
                                                           if len(silent) > FOLLOW_UP_NAMES else "")
            lines.append(f"• {describe(ctx, ceremony)}: {plural(len(silent), 'invitado', 'invitados')} sin "
                         f"respuesta ({names})")
    return "\n".join(["Ceremonias, llamar a confirmar:", *lines]) if lines else None
