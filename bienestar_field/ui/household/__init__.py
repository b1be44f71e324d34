"""Register a household, step by step: privacy notice, address, members, review.

``controller`` holds the registration's state and rules (steps, members, drafts, the
casebook calls) and drives a page through a small view interface; ``page`` and
``address_form`` only lay widgets out and forward; ``texts`` says what the page says.
"""
