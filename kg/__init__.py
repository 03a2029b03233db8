"""kg: knowledge graphs of tech-worker activism and corporate accountability from news."""

__version__ = "0.1.0"
