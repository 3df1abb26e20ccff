"""The good-practice guide: the selected experiences, within each respondent's consent, as an
editable DOCX and a PDF in four languages.

`gather` turns submissions into a `Guide` (plain data, already filtered by consent); `compose`
reads them from the database; `docx_writer` and `pdf_writer` lay the data out through the
template files in `templates/`, which hold the look.
"""
