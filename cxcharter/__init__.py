"""CX Charter: write, govern and export a customer-experience charter."""

__version__ = "0.1.0"
