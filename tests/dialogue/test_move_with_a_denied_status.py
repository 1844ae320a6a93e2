"""A department move told with a status word that is denied in the same message («el dueño del sitio no lo cierra»,
«no está resuelto», «todavía no lo solucionan»): the denied status says why, so the complaint in focus is moved to the
department named, previewed first, and its status stays as it was."""

from __future__ import annotations

import pytest

from storage.models import Complaint, ComplaintStatus
from tests.dialogue.talk import stored

STORED = ("reclamo de la sra. Ana Rivas, pasaje Los Boldos 55: un sitio eriazo lleno de basura al lado de su casa",
          "sí")


@pytest.mark.parametrize(("move", "department", "code"), [
    ("ojo que este es de inspección, la dueña del terreno no lo limpia ni lo cierra. cámbialo", "Inspección",
     "inspeccion"),
    ("eso es de tránsito, no lo han arreglado, muévelo", "Tránsito", "transito"),
    ("no está resuelto, es de la DOM, pásalo", "Obras", "obras"),
    ("Alcalde, este caso no se ha solucionado todavía; corresponde a Inspección. Derívelo, por favor.", "Inspección",
     "inspeccion"),
])
def test_a_denied_status_does_not_hide_the_move(chat, dispatcher, move: str, department: str,
                                             code: str) -> None:
    *_, proposal, moved = chat(*STORED, move, "sí")
    assert department in proposal.text and "resuelto" not in proposal.text, proposal.text
    [complaint] = stored(dispatcher, Complaint)
    assert complaint.status == ComplaintStatus.NEW, moved.text
    assert complaint.department == code, moved.text
