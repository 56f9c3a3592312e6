"""c102desk: comparative gap assessments against ILO Convention No. 102 (Social Security (Minimum Standards))."""

__version__ = "0.1.0"

from c102desk import dataclass_code as _dataclass_code  # after __version__, which it reads

_dataclass_code.install()  # before any dataclass is made: their methods' byte code is kept between runs
