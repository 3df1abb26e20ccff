"""`intake guide`: the DOCX and the PDF hold the consenting selected experiences, in order,
and nothing that consent keeps out; LibreOffice opens the DOCX; pages as PNG artifacts."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from typer.testing import CliRunner

from app.cli import app
from storage.db import create_engine
from storage.migrate import upgrade_engine
from tests.guide.data import (
    BY_COUNTRY,
    CONTACTS,
    FR_LETTERS,
    LT_LETTERS,
    PLANTED,
    REFUSED_TEXT,
    guide_rows,
    insert_guide_rows,
)

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w+")
PHONE = re.compile(r"\+?\d[\d .\-/]{7,}\d")
LEFT_OUT = ("Rifiutata segreta", REFUSED_TEXT, "Senza risposta", "Non ancora scelta")


@dataclass(frozen=True)
class Made:
    home: Path
    pdf: Path
    docx: Path
    output: str  # what the command printed (left out, warnings, done)


def _run(home: Path, *args: str) -> tuple[int, str]:
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{home / 'intake.db'}", "STAFF_LANGUAGE": "it"}
    result = CliRunner().invoke(app, ["guide", *args], env=env)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A database with the test experiences, and the Italian guide in both formats."""
    home = tmp_path_factory.mktemp("guide")

    async def fill() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{home / 'intake.db'}")
        try:
            await upgrade_engine(engine)
            await insert_guide_rows(engine, guide_rows())
        finally:
            await engine.dispose()

    asyncio.run(fill())
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(home)
        code, output = _run(home, "--lang", "it", "--out", "guida.pdf")
        assert code == 0, output
        code, docx_output = _run(home, "--lang", "it", "--out", "guida.docx")
        assert code == 0, docx_output
    return Made(home, home / "guida.pdf", home / "guida.docx", output)


def pdf_text(path: Path) -> str:
    """The PDF's words, hyphenation undone, spaces normalized."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.replace("\xad\n", "").replace("\xad", "").split())


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _in_order(text: str, titles: tuple[str, ...]) -> None:
    places = [text.rindex(f"{n}. {title}") for n, title in enumerate(titles, start=1)]
    assert places == sorted(places)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_consenting_selected_experiences_in_order_with_their_letters(
    made: Made, kind: str
) -> None:
    text = pdf_text(made.pdf) if kind == "pdf" else docx_text(made.docx)
    _in_order(text, BY_COUNTRY)  # Francia, Italia, Lituania
    assert LT_LETTERS in text and FR_LETTERS in text and "Perché più sicurezza" in text
    assert "Guida alle buone pratiche" in text and "CECOPS" in text and "EFUS" in text
    assert "Indice per paese" in text and "Indice per attività" in text
    assert "in lituano" in text and "in francese" in text  # the answers' language, said
    assert "Non pertinente." in text  # not applicable, in words


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_nothing_of_those_who_refused_and_no_contact_details(made: Made, kind: str) -> None:
    text = pdf_text(made.pdf) if kind == "pdf" else docx_text(made.docx)
    for words in (*LEFT_OUT, *CONTACTS):
        assert words not in text
    assert EMAIL.findall(text) == []
    assert PHONE.findall(text) == []
    # The anonymous experience: no city, no organisation (the planted word stays, flagged).
    assert "Šiauliai" not in text and "Šiaulių miesto" not in text and PLANTED in text
    assert "Besançon" in text and "Comune di Bologna" in text  # the named ones keep theirs


def test_the_command_says_who_was_left_out_and_what_to_check(made: Made) -> None:
    lines = made.output.splitlines()
    assert any("CEC-NO1" in line and "non ha acconsentito" in line for line in lines)
    assert any("CEC-UN1" in line and "senza risposta" in line for line in lines)
    assert not any("CEC-NEW" in line for line in lines)  # not selected: not chosen at all
    planted = [line for line in lines if PLANTED in line]
    assert planted == [
        f"Da verificare: CEC-LT1, «Lezioni apprese»: il testo nomina ancora {PLANTED}."
    ]
    assert any("CEC-FR1" in line and "voisins@example.fr" in line for line in lines)
    assert lines[-1] == "Guida salvata in guida.pdf: 3 esperienze."


def test_the_docx_has_real_heading_levels(made: Made) -> None:
    doc = Document(str(made.docx))
    styled = [(p.style.name if p.style else "", p.text) for p in doc.paragraphs]
    levels = [(style, text) for style, text in styled if style.startswith("Heading")]
    chapters = [text for style, text in levels if style == "Heading 1"]
    assert chapters == [
        "Introduzione",
        *(f"{n}. {t}" for n, t in enumerate(BY_COUNTRY, start=1)),
        "Indice per paese",
        "Indice per attività",
    ]
    first = [text for style, text in levels[1:12] if style == "Heading 2"]
    assert first[:3] == ["L’iniziativa", "Ambito", "Definizione"]
    assert ("Heading 3", "Trasferibilità") in levels  # a question's label within its part
    width, height = doc.sections[0].page_width, doc.sections[0].page_height
    assert width is not None and height is not None
    assert (round(width.cm, 1), round(height.cm, 1)) == (21.0, 29.7)  # A4


def test_wrong_choices_are_one_localized_line(made: Made) -> None:
    code, output = _run(made.home, "--lang", "it", "--out", str(made.home / "guida.odt"))
    assert code == 2
    assert output.strip().startswith("Formato sconosciuto")
    code, output = _run(made.home, "--lang", "de", "--out", str(made.home / "g.pdf"))
    assert (code, output.strip()) == (2, "Lingua sconosciuta «de»: usi en, fr, it o lt.")


def test_an_empty_guide_says_how_to_fill_it(made: Made) -> None:
    out = made.home / "vuota.docx"
    code, output = _run(made.home, "--lang", "it", "--out", str(out), "--reference", "CEC-NONE")
    assert code == 0 and out.exists()
    assert "non contiene alcuna esperienza" in output and "«Selezionato»" in output


def test_page_one_and_a_chapter_as_png(made: Made) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pages = PdfReader(made.pdf).pages
    chapter = next(
        n
        for n, page in enumerate(pages, start=1)
        if "1. Voisins vigilants" in page.extract_text() and n > 2  # past the table of contents
    )
    for name, number in (("guide-it-page1", 1), ("guide-it-chapter", chapter)):
        target = ARTIFACTS / name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                str(made.pdf),
                str(target),
            ],
            check=True,
            timeout=60,
        )
        assert target.with_suffix(".png").stat().st_size > 10_000


@pytest.mark.slow
def test_libreoffice_opens_the_docx_and_converts_it(made: Made, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(made.docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = pdf_text(tmp_path / "guida.pdf")
    _in_order(text, BY_COUNTRY)
    assert LT_LETTERS in text
