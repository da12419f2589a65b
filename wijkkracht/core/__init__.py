"""Tenancy, people, roles and the audit log: what every other app builds on."""
