"""The casebook's queries, one repository per aggregate, each over one open session.

A repository never opens or commits a transaction: ``storage.unit_of_work`` gives them a
session, so that everything one use case writes commits together or not at all.
"""
