"""Moving leads between laptops: bundle files, their merge, and push/pull with a server.

Every path goes through one merge (merge.py) whose result does not depend on the
order in which laptops' data arrive, so any exchange pattern converges.
"""
