"""Service Counter: the after-sales system of a phone and electronics repair desk."""

__version__ = "0.3.0"
