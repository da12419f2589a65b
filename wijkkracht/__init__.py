"""Wijkkracht: the platform residents' collectives run their neighbourhood on."""
