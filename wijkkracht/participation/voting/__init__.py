"""Counting a neighbourhood-budget vote: the election, the Pabulib format and the rules.

No database here: the pages, the command and the benchmark all count through these functions.
"""
