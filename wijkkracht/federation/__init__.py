"""Federations: aggregates across their collectives, never persons."""
