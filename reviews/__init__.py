"""Evaluation with the partners: criteria as data, assignment, ranking maths, who may see what.

Pure code (no I/O but reading the criteria file): `storage/` keeps rounds, assignments and
reviews; `admin/web/` shows them; `app/` builds and wires everything.
"""
