from tests.report.fixtures import identity, passphrase_file, signed_report

__all__ = ["identity", "passphrase_file", "signed_report"]
