"""What only SQLite has, in one package: the connection's PRAGMAs and BEGIN IMMEDIATE (engine.py), its
errors told apart by code and errno (faults.py), ``integrity_check``/``quick_check`` and ``foreign_key_check``
(integrity.py), whole copies through the online backup API (copy.py), incremental backups read from the file
(increments.py) with the list of changed assessments its triggers keep for them (change_log.py), and the
library's progress packed by ``group_concat`` (library_read.py).

Everything else in ``c102desk.store`` is dialect-neutral SQLAlchemy, so that the same store runs on a team
server (issue 17, ``remote.py``): there, the start-up reads are ``portable_reads.py`` and nothing here is used.
"""
