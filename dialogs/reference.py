"""Identifiers a respondent sees: the reference code quoted to EFUS after submitting."""

from __future__ import annotations

import secrets

# Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "CECOPS-"


def new_reference(length: int = 5) -> str:
    """A short random reference such as CECOPS-7K3QX (32⁵ ≈ 33 million codes)."""
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(length))
