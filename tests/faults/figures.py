"""The figures of the fault-injection suite, in one place: docs/reliability.md quotes them (a test checks)."""

KILLS = 50  # SIGKILLs at random moments while answers are saved, backups taken and files imported
CONCURRENT_PROCESSES = 2  # processes saving and backing up one store at the same time …
CONCURRENT_BACKUPS = 20  # … each taking this many backups
BYTE_FLIPS = 60  # single-bit flips at random places of a store file
INDEX_FLIPS = 20  # of which in index pages
FUZZED_INPUTS = 300  # mutated assessment files read by the parser
FULL_DISK_RUNS = 3  # runs on a real full file system (tmpfs), each saving until the disk is full
