"""c102desk: comparative gap assessments against ILO Convention No. 102 (Social Security (Minimum Standards))."""

__version__ = "0.1.0"
