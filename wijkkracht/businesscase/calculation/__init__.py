"""The business case as numbers: the case, its exact outcome and its uncertainty.

Nothing here touches the database, so the web pages, the command and the tests share it.
"""
