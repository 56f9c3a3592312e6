from tests.inbox.fixtures import identity, received_folder, received_master

__all__ = ["identity", "received_folder", "received_master"]
