"""Writes: keyword-only, atomic, validated, audited."""
